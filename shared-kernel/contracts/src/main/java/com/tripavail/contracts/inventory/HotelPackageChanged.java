package com.tripavail.contracts.inventory;

import com.tripavail.contracts.EventContract;
import com.tripavail.contracts.Money;
import java.time.Instant;
import java.util.List;

/**
 * A hotel package as it is after one of its changes (state-carrying).
 *
 * @param availabilityRule WEEKEND_ONLY, SEASONAL or FLEXIBLE; {@code seasons} only for SEASONAL
 * @param status           DRAFT, PUBLISHED, PAUSED or ARCHIVED
 */
@EventContract(type = "inventory.HotelPackageChanged", version = 1)
public record HotelPackageChanged(String packageId, String providerId, String listingId, List<String> roomTypeIds,
                                  String template, String title, Money pricePerPerson, int nights,
                                  String availabilityRule, List<PackageSeason> seasons, String status, Instant at) {
}

package com.tripavail.inventory.event;

import com.tripavail.contracts.Money;
import java.time.Instant;
import java.util.List;

/** A hotel package on a listing's room types: {@code nights} nights, priced per person. */
public record HotelPackageCreatedEvent(String packageId, String providerId, String listingId, List<String> roomTypeIds,
                                       PackageTemplate template, String title, String description, Money pricePerPerson,
                                       int nights, List<String> inclusions, AvailabilityRule availabilityRule,
                                       List<DateRange> seasons, Instant at) {
}

package com.tripavail.contracts.inventory;

import com.tripavail.contracts.EventContract;
import java.time.Instant;
import java.util.List;

/**
 * A listing (hotel property) as it is after one of its changes: state-carrying, so a
 * consumer keeps the newest (highest envelope sequence) and needs nothing else to price a
 * stay's quote.
 *
 * @param status   DRAFT, PUBLISHED, PAUSED or ARCHIVED
 * @param timeZone IANA zone; stay nights are dates there
 */
@EventContract(type = "inventory.ListingChanged", version = 1)
public record ListingChanged(String listingId, String providerId, String name, String city, String countryCode,
                             String timeZone, String status, List<ListedRoomType> roomTypes, Instant at) {
}

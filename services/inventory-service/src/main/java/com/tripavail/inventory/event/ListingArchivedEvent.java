package com.tripavail.inventory.event;

import java.time.Instant;

/** The listing is gone for good. */
public record ListingArchivedEvent(String listingId, String providerId, Instant at) {
}

package com.tripavail.inventory.event;

import java.time.Instant;

/** The listing is on sale (its provider was APPROVED). */
public record ListingPublishedEvent(String listingId, String providerId, Instant at) {
}

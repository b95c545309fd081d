package com.tripavail.inventory.event;

import java.time.Instant;

/** The listing's details changed. */
public record ListingDetailsUpdatedEvent(String listingId, String providerId, ListingDetails details, Instant at) {
}

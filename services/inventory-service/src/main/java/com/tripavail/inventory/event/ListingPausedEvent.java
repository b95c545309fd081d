package com.tripavail.inventory.event;

import java.time.Instant;

/** The listing is off sale for now. */
public record ListingPausedEvent(String listingId, String providerId, PauseReason reason, Instant at) {
}

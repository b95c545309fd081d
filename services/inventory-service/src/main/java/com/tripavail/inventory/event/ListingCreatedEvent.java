package com.tripavail.inventory.event;

import java.time.Instant;

/** A hotel manager created a listing (DRAFT). */
public record ListingCreatedEvent(String listingId, String providerId, ListingDetails details, Instant at) {
}

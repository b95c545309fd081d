package com.tripavail.inventory.event;

import java.time.Instant;

/** A room type's details changed (units here are the default for newly opened nights). */
public record RoomTypeUpdatedEvent(String listingId, String roomTypeId, String providerId, RoomTypeDetails details, Instant at) {
}

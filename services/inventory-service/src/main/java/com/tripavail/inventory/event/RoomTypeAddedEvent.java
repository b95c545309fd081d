package com.tripavail.inventory.event;

import java.time.Instant;

/** A room type was added to a listing; its calendar starts empty. */
public record RoomTypeAddedEvent(String listingId, String roomTypeId, String providerId, String timeZone, RoomTypeDetails details,
                                 Instant at) {
}

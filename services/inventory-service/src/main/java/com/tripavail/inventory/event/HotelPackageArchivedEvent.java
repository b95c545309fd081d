package com.tripavail.inventory.event;

import java.time.Instant;

/** The hotel package is gone for good. */
public record HotelPackageArchivedEvent(String packageId, String providerId, Instant at) {
}

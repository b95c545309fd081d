package com.tripavail.inventory.event;

import java.time.Instant;

/** The hotel package is on sale. */
public record HotelPackagePublishedEvent(String packageId, String providerId, Instant at) {
}

package com.tripavail.inventory.event;

import java.time.Instant;

/** The tour package is on sale. */
public record TourPackagePublishedEvent(String packageId, String providerId, Instant at) {
}

package com.tripavail.inventory.event;

import java.time.Instant;

/** The tour package is gone for good. */
public record TourPackageArchivedEvent(String packageId, String providerId, Instant at) {
}

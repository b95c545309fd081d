package com.tripavail.inventory.event;

import java.time.Instant;

/** The tour package is off sale for now. */
public record TourPackagePausedEvent(String packageId, String providerId, PauseReason reason, Instant at) {
}

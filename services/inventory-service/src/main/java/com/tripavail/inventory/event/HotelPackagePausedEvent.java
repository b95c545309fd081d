package com.tripavail.inventory.event;

import java.time.Instant;

/** The hotel package is off sale for now. */
public record HotelPackagePausedEvent(String packageId, String providerId, PauseReason reason, Instant at) {
}

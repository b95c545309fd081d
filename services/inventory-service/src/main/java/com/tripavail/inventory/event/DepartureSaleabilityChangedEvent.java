package com.tripavail.inventory.event;

import java.time.Instant;

/** The departure's tour package went on sale ({@code saleable}) or off sale. */
public record DepartureSaleabilityChangedEvent(String departureId, boolean saleable, Instant at) {
}

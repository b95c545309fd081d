package com.tripavail.inventory.event;

import com.tripavail.contracts.Money;
import java.time.Instant;
import java.time.LocalDate;

/** One open night's units, price in force or closure changed; the event carries the night's new settings. */
public record RoomNightChangedEvent(String roomTypeId, LocalDate night, int units, Money price,
                                    boolean priceOverridden, boolean closed, Instant at) {
}

package com.tripavail.inventory.event;

import com.tripavail.contracts.Money;
import java.time.Instant;

/** The room type's capacity, base price or default units changed; nights without a price override follow the base price. */
public record RoomCalendarDetailsChangedEvent(String roomTypeId, int capacity, Money basePrice, int defaultUnits,
                                              Instant at) {
}

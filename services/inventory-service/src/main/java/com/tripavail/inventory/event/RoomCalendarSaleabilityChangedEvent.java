package com.tripavail.inventory.event;

import java.time.Instant;

/** The calendar's listing went on sale ({@code saleable}) or off sale. */
public record RoomCalendarSaleabilityChangedEvent(String roomTypeId, boolean saleable, Instant at) {
}

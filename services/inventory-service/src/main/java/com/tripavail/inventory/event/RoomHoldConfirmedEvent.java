package com.tripavail.inventory.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A hold became a sale: its units move from held to sold. */
public record RoomHoldConfirmedEvent(String roomTypeId, String holdId, String bookingId, List<LocalDate> nights,
                                     int units, Instant at) {
}

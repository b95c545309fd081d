package com.tripavail.inventory.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A hold was given back: its units are free again ({@code wasSold}: a sale was cancelled). */
public record RoomHoldReleasedEvent(String roomTypeId, String holdId, String bookingId, List<LocalDate> nights,
                                   int units, boolean wasSold, String reason, Instant at) {
}

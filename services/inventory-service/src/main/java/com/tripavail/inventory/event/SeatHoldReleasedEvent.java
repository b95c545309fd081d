package com.tripavail.inventory.event;

import java.time.Instant;

/** A seat hold was given back ({@code wasSold}: a sale was cancelled). */
public record SeatHoldReleasedEvent(String departureId, String holdId, String bookingId, int seats, boolean wasSold,
                                    String reason, Instant at) {
}

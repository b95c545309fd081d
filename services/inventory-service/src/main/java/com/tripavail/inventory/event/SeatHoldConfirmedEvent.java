package com.tripavail.inventory.event;

import java.time.Instant;

/** A seat hold became a sale. */
public record SeatHoldConfirmedEvent(String departureId, String holdId, String bookingId, int seats, Instant at) {
}

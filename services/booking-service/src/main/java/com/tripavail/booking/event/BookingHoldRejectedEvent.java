package com.tripavail.booking.event;

import java.time.Instant;

/** Inventory refused the hold (SOLD_OUT, CLOSED, NOT_PUBLISHED, UNKNOWN_PRODUCT, INVALID_REQUEST); final. */
public record BookingHoldRejectedEvent(String bookingId, String holdId, String reason, String detail, Instant at) {
}

package com.tripavail.booking.event;

import java.time.Instant;

/** Not paid in time: EXPIRED_HOLD, and inventory gets the hold back (booking.HoldReleaseRequested). */
public record BookingHoldExpiredEvent(String bookingId, String holdId, String pendingPaymentId, Instant at) {
}

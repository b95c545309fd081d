package com.tripavail.booking.event;

import java.time.Instant;

/** The payment was declined: back to HOLD, the traveller may pay again while the hold lasts. */
public record BookingPaymentFailedEvent(String bookingId, String paymentId, String reason, Instant at) {
}

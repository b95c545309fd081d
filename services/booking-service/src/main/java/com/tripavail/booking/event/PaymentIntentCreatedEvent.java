package com.tripavail.booking.event;

import java.time.Instant;

/** The provider accepted the payment request under its own id. */
public record PaymentIntentCreatedEvent(String paymentId, String bookingId, String providerTxnId, Instant at) {
}

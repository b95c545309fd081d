package com.tripavail.booking.event;

import java.time.Instant;

/** The provider reports the payment declined (a card refused, say); nothing was taken. */
public record PaymentDeclinedEvent(String paymentId, String bookingId, String providerTxnId, String reason,
                                   Instant at) {
}

package com.tripavail.booking.event;

import com.tripavail.contracts.Money;
import java.time.Instant;

/** The provider reports the money taken. */
public record PaymentCapturedEvent(String paymentId, String bookingId, String provider, String providerTxnId,
                                   Money amount, Instant at) {
}

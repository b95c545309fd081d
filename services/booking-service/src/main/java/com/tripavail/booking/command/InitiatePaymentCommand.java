package com.tripavail.booking.command;

import com.tripavail.contracts.Money;
import java.time.Instant;

/** Open the payment record before the provider is called, so its callback always finds it. */
public record InitiatePaymentCommand(String paymentId, String bookingId, String travelerId, String providerId,
                                     String provider, Money amount, Instant at) {
}

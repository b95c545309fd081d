package com.tripavail.booking.event;

import com.tripavail.contracts.Money;
import java.time.Instant;

/** A payment of {@code amount} for a booking was opened with a payment provider. */
public record PaymentInitiatedEvent(String paymentId, String bookingId, String travelerId, String providerId,
                                    String provider,
                                    Money amount, Instant at) {
}

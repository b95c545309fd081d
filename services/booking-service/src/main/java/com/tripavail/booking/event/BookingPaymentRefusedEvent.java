package com.tripavail.booking.event;

import com.tripavail.contracts.Money;
import java.time.Instant;

/**
 * A captured payment the booking could not take (its hold had expired, or it was cancelled
 * meanwhile): the money is kept as unapplied until it is refunded, never lost.
 */
public record BookingPaymentRefusedEvent(String bookingId, String paymentId, String travelerId, String providerId,
                                         Money amount, String reason, Instant at) {
}

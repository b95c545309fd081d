package com.tripavail.booking.event;

import com.tripavail.contracts.Money;
import java.time.Instant;

/** The traveller started paying the held price: PAYMENT_PENDING until the provider answers. */
public record BookingPaymentStartedEvent(String bookingId, String paymentId, String provider, Money amount,
                                         Instant at) {
}

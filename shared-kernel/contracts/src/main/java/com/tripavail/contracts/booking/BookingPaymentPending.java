package com.tripavail.contracts.booking;

import com.tripavail.contracts.EventContract;
import com.tripavail.contracts.Money;
import java.time.Instant;

/**
 * The traveller started paying; the booking waits for the payment provider.
 */
@EventContract(type = "booking.BookingPaymentPending", version = 1)
public record BookingPaymentPending(String bookingId, String paymentId, String provider, Money amount, Instant at) {
}

package com.tripavail.contracts.booking;

import com.tripavail.contracts.EventContract;
import com.tripavail.contracts.Money;
import java.time.Instant;

/**
 * Money went back to the traveller (a cancellation, or a payment that came after the hold expired).
 */
@EventContract(type = "booking.BookingRefunded", version = 1)
public record BookingRefunded(String bookingId, String paymentId, String refundId, Money amount, String reason,
                              Instant at) {
}

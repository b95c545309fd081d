package com.tripavail.contracts.booking;

import com.tripavail.contracts.EventContract;
import java.time.Instant;

/**
 * The hold ran out before the booking was paid (EXPIRED_HOLD); inventory gets it back.
 */
@EventContract(type = "booking.BookingExpired", version = 1)
public record BookingExpired(String bookingId, String holdId, Instant at) {
}

package com.tripavail.contracts.booking;

import com.tripavail.contracts.EventContract;
import java.time.Instant;

/**
 * The stay or tour is over.
 */
@EventContract(type = "booking.BookingCompleted", version = 1)
public record BookingCompleted(String bookingId, Instant at) {
}

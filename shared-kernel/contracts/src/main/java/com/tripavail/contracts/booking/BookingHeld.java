package com.tripavail.contracts.booking;

import com.tripavail.contracts.EventContract;
import com.tripavail.contracts.Money;
import java.time.Instant;

/**
 * Inventory held the booking's product; the traveller may pay {@code total} until {@code holdExpiresAt}.
 */
@EventContract(type = "booking.BookingHeld", version = 1)
public record BookingHeld(String bookingId, String holdId, Money total, Instant holdExpiresAt, Instant at) {
}

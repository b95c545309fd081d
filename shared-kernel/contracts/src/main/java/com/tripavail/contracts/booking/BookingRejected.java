package com.tripavail.contracts.booking;

import com.tripavail.contracts.EventContract;
import java.time.Instant;

/**
 * Inventory refused the hold; the booking ended in HOLD_REJECTED.
 *
 * @param reason inventory's reason: SOLD_OUT, CLOSED, NOT_PUBLISHED, UNKNOWN_PRODUCT or INVALID_REQUEST
 */
@EventContract(type = "booking.BookingRejected", version = 1)
public record BookingRejected(String bookingId, String holdId, String reason, String detail, Instant at) {
}

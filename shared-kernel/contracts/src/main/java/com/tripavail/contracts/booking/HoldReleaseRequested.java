package com.tripavail.contracts.booking;

import com.tripavail.contracts.EventContract;
import java.time.Instant;

/** Booking gives a hold back (expired or cancelled): inventory returns the units. Idempotent by holdId. */
@EventContract(type = "booking.HoldReleaseRequested", version = 1)
public record HoldReleaseRequested(String holdId, String bookingId, String reason, Instant at) {
}

package com.tripavail.contracts.booking;

import com.tripavail.contracts.EventContract;
import java.time.Instant;

/** The booking was paid: inventory turns the hold into a sale. Idempotent by holdId. */
@EventContract(type = "booking.HoldConfirmed", version = 1)
public record HoldConfirmed(String holdId, String bookingId, Instant at) {
}

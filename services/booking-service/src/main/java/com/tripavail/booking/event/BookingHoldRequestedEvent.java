package com.tripavail.booking.event;

import java.time.Instant;

/** The traveller asked to hold the quoted product; inventory is asked (booking.HoldRequested). */
public record BookingHoldRequestedEvent(String bookingId, String holdId, BookedProduct product, int units,
                                        int guests, Instant at) {
}

package com.tripavail.booking.event;

import java.time.Instant;

/** The stay or tour is over. */
public record BookingCompletedEvent(String bookingId, Instant at) {
}

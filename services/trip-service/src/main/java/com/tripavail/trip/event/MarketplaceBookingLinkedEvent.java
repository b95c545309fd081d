package com.tripavail.trip.event;

import java.time.Instant;

/** The traveller booked a STAY leg through the booking service: the leg waits for that booking's confirmation. */
public record MarketplaceBookingLinkedEvent(String tripId, int legIndex, String bookingId, Instant at) {
}

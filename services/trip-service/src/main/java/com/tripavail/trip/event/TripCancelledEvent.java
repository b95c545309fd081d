package com.tripavail.trip.event;

import java.time.Instant;

/** The traveller cancelled the trip. */
public record TripCancelledEvent(String tripId, String travelerId, TripStatus previousStatus, String reason,
                                 Instant at) {
}

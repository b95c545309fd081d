package com.tripavail.trip.event;

import java.time.Instant;

/** The trip's first departure has passed ({@code at}: that departure). */
public record TripStartedEvent(String tripId, Instant at) {
}

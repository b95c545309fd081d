package com.tripavail.trip.event;

import java.time.Instant;

/** The trip's last arrival has passed ({@code at}: when that was noticed, at or after the arrival). */
public record TripCompletedEvent(String tripId, String travelerId, Instant departure, Instant arrival, int bookedLegs,
                                 int bookableLegs, Instant at) {
}

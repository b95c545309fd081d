package com.tripavail.trip.event;

import java.time.Instant;

/**
 * A leg is no longer booked: the traveller unmarked it, or its marketplace booking was cancelled.
 *
 * @param tripStatus the trip's status after this event
 */
public record LegBookingCancelledEvent(String tripId, int legIndex, String reason, TripStatus tripStatus,
                                       Instant at) {
}

package com.tripavail.trip.event;

import java.time.Instant;

/** The traveller was reminded of a booked leg's departure. */
public record LegReminderSentEvent(String tripId, int legIndex, Instant at) {
}

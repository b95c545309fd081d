package com.tripavail.trip.query.trip;

import com.tripavail.contracts.Money;
import com.tripavail.trip.event.TripStatus;
import java.time.Instant;

/** A line of a traveller's trip list. */
public record TripSummary(String tripId, String name, TripStatus status, String origin, String destination,
                          Instant departure, Instant arrival, Money totalPrice, int legs, int bookableLegs,
                          int bookedLegs, Instant updatedAt) {
}

package com.tripavail.contracts.trip;

import com.tripavail.contracts.EventContract;
import java.time.Instant;

/** The trip's last arrival has passed. */
@EventContract(type = "trip.TripCompleted", version = 1)
public record TripCompleted(String tripId, String travelerId, Instant departure, Instant arrival, int bookedLegs,
                            int bookableLegs, Instant at) {
}

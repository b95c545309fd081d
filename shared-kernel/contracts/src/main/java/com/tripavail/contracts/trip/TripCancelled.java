package com.tripavail.contracts.trip;

import com.tripavail.contracts.EventContract;
import java.time.Instant;

/** The traveller cancelled the trip ({@code previousStatus}: what it was before). */
@EventContract(type = "trip.TripCancelled", version = 1)
public record TripCancelled(String tripId, String travelerId, String previousStatus, String reason, Instant at) {
}

package com.tripavail.trip.command;

import com.tripavail.trip.event.RouteSnapshot;
import java.time.Instant;

/** Make a trip of a search result's route ({@code route} as the search offered it). */
public record PlanTripCommand(String tripId, String travelerId, String name, RouteSnapshot route, Instant at) {
}

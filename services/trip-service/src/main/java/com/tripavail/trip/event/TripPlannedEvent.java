package com.tripavail.trip.event;

import java.time.Instant;

/** A traveller made a trip of one route of a search result; the route is kept whole and never recomputed. */
public record TripPlannedEvent(String tripId, String travelerId, String name, RouteSnapshot route, Instant at) {
}

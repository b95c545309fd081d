package com.tripavail.trip.query.savedroute;

import com.tripavail.trip.event.RouteSnapshot;
import java.time.Instant;

/** A route a user saved by name, with how often they reused it. */
public record SavedRoute(String id, String userId, String name, String searchId, int routeIndex, String origin,
                         String destination, RouteSnapshot route, int timesUsed, Instant lastUsedAt,
                         Instant createdAt, Instant updatedAt) {
}

package com.tripavail.contracts.trip;

import com.tripavail.contracts.EventContract;
import java.time.Instant;

/**
 * A traveller opened a route of a search result (topic {@code tripavail.trip.analytics}).
 *
 * @param modes      the route's transport modes in order, comma-separated ("COACH,AIR")
 * @param userId     the signed-in traveller, or null
 * @param clientHash a salted hash of the client's IP address
 */
@EventContract(type = "trip.analytics.RouteClicked", version = 1)
public record RouteClicked(String searchId, int routeIndex, String modes, long durationMinutes, String userId,
                           String clientHash, Instant at) {
}

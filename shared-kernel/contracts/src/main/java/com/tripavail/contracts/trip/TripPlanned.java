package com.tripavail.contracts.trip;

import com.tripavail.contracts.EventContract;
import com.tripavail.contracts.Money;
import java.time.Instant;
import java.util.List;

/**
 * A traveller made a trip of a search result's route (the route is the trip's fixed snapshot).
 *
 * @param searchId   the search that offered the route
 * @param routeIndex the route's place in that search's ranking
 * @param totalPrice the offered price for all passengers
 */
@EventContract(type = "trip.TripPlanned", version = 1)
public record TripPlanned(String tripId, String travelerId, String name, String searchId, int routeIndex,
                          int passengers, String origin, String destination, Instant departure, Instant arrival,
                          Money totalPrice, List<PlannedLeg> legs, Instant at) {
}

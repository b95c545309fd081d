package com.tripavail.trip.event;

import com.tripavail.contracts.Money;
import java.time.Instant;
import java.util.List;

/**
 * One route of a search result as it was offered, kept whole: a trip made from it keeps this
 * snapshot and never recomputes it.
 *
 * @param searchId   the search that offered it (results are cached under this id for 15 minutes)
 * @param routeIndex its place in that search's ranking (0 = best for the preference)
 * @param totalPrice the price for all passengers, discounts applied
 * @param transfers  changes of vehicle (walks and stays are not transfers)
 */
public record RouteSnapshot(String searchId, int routeIndex, String preference, int passengers, List<LegSnapshot> legs,
                            Instant departure, Instant arrival, long durationMinutes, Money totalPrice,
                            int transfers) {
}

package com.tripavail.trip.routing;

import com.tripavail.trip.routing.journey.Journey;
import com.tripavail.trip.routing.raptor.RouteSearch;

import java.util.ArrayList;
import java.util.List;

/**
 * Plans a trip through via stops, leg by leg: the Pareto set of the first segment is searched from the requested
 * departure; for each journey carried over, the next segment is searched from its arrival at the via stop plus
 * the minimum stay, and the combinations are filtered to the Pareto set over (arrival, price, transfers) again.
 * At most {@link #CARRIED} partial journeys (the best by the request's preference) go on to the next segment,
 * which bounds the work to {@code CARRIED × segments} searches. The result is ranked by the preference; no route
 * is an empty list.
 */
public final class JourneyPlanner {

    static final int CARRIED = 6;

    private final RouteSearch search;
    private final BalancedWeights weights;

    public JourneyPlanner(RouteSearch search, BalancedWeights weights) {
        this.search = search;
        this.weights = weights;
    }

    public List<Journey> plan(TripQuery query) {
        List<String> stops = new ArrayList<>();
        stops.add(query.origin());
        query.via().forEach(v -> stops.add(v.stopId()));
        stops.add(query.destination());
        for (String stop : stops) {
            if (!search.knowsStop(stop)) {
                throw new IllegalArgumentException("unknown stop " + stop);
            }
        }
        List<Journey> partial = search.paretoJourneys(stops.get(0), stops.get(1), query.departAfter());
        for (int segment = 1; segment < stops.size() - 1 && !partial.isEmpty(); segment++) {
            ViaStop via = query.via().get(segment - 1);
            List<Journey> carried = best(partial, query.preference(), CARRIED);
            List<Journey> extended = new ArrayList<>();
            for (Journey before : carried) {
                for (Journey after : search.paretoJourneys(stops.get(segment), stops.get(segment + 1),
                        before.arrival().plus(via.minimumStay()))) {
                    extended.add(before.followedBy(after));
                }
            }
            partial = paretoSet(extended);
        }
        return best(paretoSet(partial), query.preference(), query.maxResults());
    }

    private List<Journey> best(List<Journey> journeys, Preference preference, int limit) {
        return journeys.stream().sorted(preference.order(weights)).limit(limit).toList();
    }

    static List<Journey> paretoSet(List<Journey> journeys) {
        List<Journey> set = new ArrayList<>();
        for (Journey j : journeys) {
            boolean dominated = false;
            for (Journey other : journeys) {
                if (other != j && (other.dominates(j) || (sameCriteria(other, j) && journeys.indexOf(other) < journeys.indexOf(j)))) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                set.add(j);
            }
        }
        return set;
    }

    private static boolean sameCriteria(Journey a, Journey b) {
        return a.arrival().equals(b.arrival()) && a.pricePerPassengerMinor() == b.pricePerPassengerMinor()
                && a.transfers() == b.transfers();
    }
}

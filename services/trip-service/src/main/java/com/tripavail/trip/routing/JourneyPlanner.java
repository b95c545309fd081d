package com.tripavail.trip.routing;

import com.tripavail.trip.routing.journey.Journey;
import com.tripavail.trip.routing.raptor.RouteSearch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Plans a trip through via stops, leg by leg: the Pareto set of the first segment is searched from the requested
 * departure; for each journey carried over, the next segment is searched from its arrival at the via stop plus
 * the minimum stay, and the combinations are filtered to the Pareto set over (arrival, price, transfers) again.
 * At most {@link #CARRIED} partial journeys (the best by the request's preference) go on to the next segment,
 * which bounds the work to {@code CARRIED × segments} searches. The result is ranked by the preference; no route
 * is an empty list.
 *
 * <p>Places may have several stops ({@link PlaceTripQuery}): a segment then starts at any stop of its place and
 * ends at any stop of the next, so a city's railway station, bus stand and airport all count as the city.
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
        return planPlaces(PlaceTripQuery.of(query)).stream().map(PlannedJourney::journey).toList();
    }

    public List<PlannedJourney> planPlaces(PlaceTripQuery query) {
        List<List<String>> places = new ArrayList<>();
        places.add(query.origins());
        query.via().forEach(v -> places.add(v.stopIds()));
        places.add(query.destinations());
        for (List<String> place : places) {
            for (String stop : place) {
                if (!search.knowsStop(stop)) {
                    throw new IllegalArgumentException("unknown stop " + stop);
                }
            }
        }
        Comparator<Journey> order = query.preference().order(weights);
        List<PlannedJourney> partial = search.paretoJourneys(places.get(0), places.get(1), query.departAfter())
                .stream().map(j -> new PlannedJourney(j, List.of())).toList();
        for (int segment = 1; segment < places.size() - 1 && !partial.isEmpty(); segment++) {
            ViaPlace via = query.via().get(segment - 1);
            List<PlannedJourney> carried = best(partial, order, CARRIED);
            List<PlannedJourney> extended = new ArrayList<>();
            for (PlannedJourney before : carried) {
                Journey arrived = before.journey();
                String arrivalStop = arrived.legs().getLast().to().id();
                for (Journey after : search.paretoJourneys(places.get(segment), places.get(segment + 1),
                        via.earliestDeparture(arrived.arrival(), search.zoneOf(arrivalStop)))) {
                    extended.add(before.followedBy(after));
                }
            }
            partial = paretoSet(extended, PlannedJourney::journey);
        }
        return best(paretoSet(partial, PlannedJourney::journey), order, query.maxResults());
    }

    private static List<PlannedJourney> best(List<PlannedJourney> journeys, Comparator<Journey> order, int limit) {
        return journeys.stream().sorted(Comparator.comparing(PlannedJourney::journey, order)).limit(limit).toList();
    }

    static List<Journey> paretoSet(List<Journey> journeys) {
        return paretoSet(journeys, Function.identity());
    }

    /** The items whose journeys no other dominates; of items with equal criteria, the first. */
    static <T> List<T> paretoSet(List<T> items, Function<T, Journey> journeyOf) {
        List<T> set = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Journey j = journeyOf.apply(items.get(i));
            boolean dominated = false;
            for (int k = 0; k < items.size() && !dominated; k++) {
                Journey other = journeyOf.apply(items.get(k));
                dominated = k != i && (other.dominates(j) || (sameCriteria(other, j) && k < i));
            }
            if (!dominated) {
                set.add(items.get(i));
            }
        }
        return set;
    }

    private static boolean sameCriteria(Journey a, Journey b) {
        return a.arrival().equals(b.arrival()) && a.pricePerPassengerMinor() == b.pricePerPassengerMinor()
                && a.transfers() == b.transfers();
    }
}

package com.tripavail.trip.routing;

import java.time.Instant;
import java.util.List;

/**
 * A journey request between places that may each have several stops (the stations and bus stands of a city, the
 * stops near a point): a journey starts at any origin stop, visits each via place (arriving at any of its stops
 * and leaving from any, after the stay) and ends at any destination stop.
 */
public record PlaceTripQuery(List<String> origins, List<String> destinations, List<ViaPlace> via, Instant departAfter,
                             Preference preference, int maxResults) {

    public PlaceTripQuery {
        origins = List.copyOf(origins);
        destinations = List.copyOf(destinations);
        via = List.copyOf(via);
        if (origins.isEmpty() || destinations.isEmpty()) {
            throw new IllegalArgumentException("origin and destination need at least one stop each");
        }
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be at least 1");
        }
    }

    /** The single-stop query as a place query. */
    static PlaceTripQuery of(TripQuery query) {
        return new PlaceTripQuery(List.of(query.origin()), List.of(query.destination()),
                query.via().stream().map(v -> new ViaPlace(List.of(v.stopId()), v.minimumStay(), 0)).toList(),
                query.departAfter(), query.preference(), query.maxResults());
    }
}

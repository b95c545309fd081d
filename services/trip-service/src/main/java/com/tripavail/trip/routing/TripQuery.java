package com.tripavail.trip.routing;

import java.time.Instant;
import java.util.List;

/** A journey request on stop ids (resolving place names and coordinates to stops is the caller's job). */
public record TripQuery(String origin, String destination, List<ViaStop> via, Instant departAfter,
                        Preference preference, int maxResults) {

    public TripQuery {
        via = List.copyOf(via);
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be at least 1");
        }
    }
}

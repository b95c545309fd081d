package com.tripavail.trip.query.search;

import java.time.Instant;
import java.util.List;

/** A search result as stored under its search id. */
public record StoredSearch(String searchId, String cacheKey, List<StoredRoute> routes, Instant createdAt,
                           Instant expiresAt) {

    public StoredSearch {
        routes = List.copyOf(routes);
    }
}

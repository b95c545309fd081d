package com.tripavail.trip.query.feed;

import java.time.Instant;

/**
 * A feed of the catalogue (table {@code routing_feeds}): one row per feed version imported or refused.
 *
 * @param status ACTIVE (in the network now), REPLACED (by a newer version), REJECTED (its import failed)
 */
public record FeedView(String id, String name, String version, String source, String importId, Instant importedAt,
                       int stops, int routes, int trips, long stopTimes, String status, boolean active) {
}

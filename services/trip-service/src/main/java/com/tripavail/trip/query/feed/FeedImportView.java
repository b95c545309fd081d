package com.tripavail.trip.query.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An import as the admin endpoint shows it.
 *
 * @param status  RUNNING, SUCCEEDED or FAILED
 * @param phase   QUEUED, READING, BUILDING, ACTIVATING, DONE or FAILED
 * @param counts  stops, routes, trips, stop times of the network built (when it succeeded)
 * @param report  what is wrong with each broken feed (when it failed because of the feeds)
 */
public record FeedImportView(String id, String status, String phase, int percent, String requestedBy,
                             List<FeedSpec> sources, Map<String, Long> counts, List<String> log,
                             List<FeedReport> report, Instant startedAt, Instant finishedAt) {

    /** The problems of one broken feed: the first ones (with file and line) and how many there are in all. */
    public record FeedReport(String feed, int totalProblems, List<Problem> problems) {
    }

    public record Problem(String file, long line, String problem) {
    }
}

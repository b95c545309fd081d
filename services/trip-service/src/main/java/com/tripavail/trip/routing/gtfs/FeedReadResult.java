package com.tripavail.trip.routing.gtfs;

import java.util.List;

/** Reading a feed either yields the whole feed or, when anything is wrong, only the report: never half a feed. */
public sealed interface FeedReadResult {

    String feedName();

    record Loaded(GtfsFeed feed) implements FeedReadResult {
        @Override
        public String feedName() {
            return feed.name();
        }
    }

    /** {@code problems} holds at most the reader's cap; {@code totalProblems} counts them all. */
    record Rejected(String feedName, List<FeedProblem> problems, int totalProblems) implements FeedReadResult {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}

package com.tripavail.trip.routing.gtfs;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one feed. The report keeps the first {@link #REPORTED} problems and counts the rest:
 * a feed broken on every line would otherwise produce a report as large as the feed.
 */
final class FeedProblems {

    static final int REPORTED = 200;

    private final List<FeedProblem> problems = new ArrayList<>();
    private int total;

    void add(String file, long line, String problem) {
        total++;
        if (problems.size() < REPORTED) {
            problems.add(new FeedProblem(file, line, problem));
        }
    }

    boolean isEmpty() {
        return total == 0;
    }

    int total() {
        return total;
    }

    List<FeedProblem> reported() {
        return problems;
    }
}

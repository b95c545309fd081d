package com.tripavail.trip.routing.gtfs;

/**
 * One thing wrong with a feed: the file, the line (1 = header, 0 when the problem concerns the whole file or
 * feed) and what is wrong, worded for the person who maintains the feed.
 */
public record FeedProblem(String file, long line, String problem) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem;
    }
}

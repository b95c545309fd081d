package com.tripavail.trip.routing.network;

import com.tripavail.trip.routing.gtfs.FeedReadResult;

import java.time.Duration;
import java.util.List;

/** The outcome of importing a set of feeds: a whole new network, or the reports of the feeds that are broken. */
public sealed interface NetworkImport {

    record Imported(TransitNetwork network, Duration readTime, Duration buildTime) implements NetworkImport {
    }

    record Rejected(List<FeedReadResult.Rejected> feeds) implements NetworkImport {
        public Rejected {
            feeds = List.copyOf(feeds);
        }
    }
}

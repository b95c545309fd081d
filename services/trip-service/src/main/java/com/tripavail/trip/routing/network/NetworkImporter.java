package com.tripavail.trip.routing.network;

import com.tripavail.trip.routing.gtfs.FeedProblem;
import com.tripavail.trip.routing.gtfs.FeedReadResult;
import com.tripavail.trip.routing.gtfs.FeedSource;
import com.tripavail.trip.routing.gtfs.GtfsFeed;
import com.tripavail.trip.routing.gtfs.GtfsFeedReader;
import com.tripavail.trip.routing.gtfs.ImportProgress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and validates every feed, then builds one network from all of them. All or nothing: if any feed is
 * broken the result lists every broken feed's report and no network is built, so the network in service is
 * replaced only by a complete one.
 */
public final class NetworkImporter {

    private final RoutingSettings settings;
    private final ImportProgress progress;

    public NetworkImporter(RoutingSettings settings, ImportProgress progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public NetworkImport importFeeds(List<FeedSource> sources) {
        long started = System.nanoTime();
        GtfsFeedReader reader = new GtfsFeedReader(progress);
        List<GtfsFeed> feeds = new ArrayList<>();
        List<FeedReadResult.Rejected> rejected = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (FeedSource source : sources) {
            if (!names.add(source.name()) || source.name().isBlank() || source.name().contains(":")) {
                rejected.add(new FeedReadResult.Rejected(source.name(), List.of(new FeedProblem("", 0,
                        "feed names must be unique, not blank and without ':' (they prefix every stop id)")), 1));
                continue;
            }
            int rejectedBefore = rejected.size();
            switch (reader.read(source)) {
                case FeedReadResult.Loaded loaded -> checkCurrency(loaded.feed(), feeds, rejected);
                case FeedReadResult.Rejected broken -> rejected.add(broken);
            }
            progress.feedRead(source.name(), rejected.size() == rejectedBefore);
        }
        if (!rejected.isEmpty()) {
            return new NetworkImport.Rejected(rejected);
        }
        long read = System.nanoTime();
        progress.building();
        TransitNetwork network = new NetworkBuilder(settings).build(feeds);
        return new NetworkImport.Imported(network, Duration.ofNanos(read - started), Duration.ofNanos(System.nanoTime() - read));
    }

    private void checkCurrency(GtfsFeed feed, List<GtfsFeed> feeds, List<FeedReadResult.Rejected> rejected) {
        List<FeedProblem> problems = feed.fareAttributes().stream()
                .filter(f -> !f.currency().equals(settings.currency()))
                .map(f -> new FeedProblem("fare_attributes.txt", 0, "fare " + f.fareId() + " is in " + f.currency()
                        + ", the network's prices are in " + settings.currency()))
                .toList();
        if (problems.isEmpty()) {
            feeds.add(feed);
        } else {
            rejected.add(new FeedReadResult.Rejected(feed.name(), problems, problems.size()));
        }
    }
}

package com.tripavail.trip.query.feed;

import com.tripavail.platform.web.ConflictException;
import com.tripavail.trip.routing.ActiveNetwork;
import com.tripavail.trip.routing.gtfs.FeedProblem;
import com.tripavail.trip.routing.gtfs.FeedReadResult;
import com.tripavail.trip.routing.gtfs.FeedSource;
import com.tripavail.trip.routing.gtfs.ImportProgress;
import com.tripavail.trip.routing.network.FeedSummary;
import com.tripavail.trip.routing.network.NetworkImport;
import com.tripavail.trip.routing.network.NetworkImporter;
import com.tripavail.trip.routing.network.TransitNetwork;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports timetable feeds into the network in service, one import at a time, in the background: the requested
 * feeds are added to (or, by name, replace) the feeds in service, all of them are read and validated again, and
 * only a complete new network is put in service ({@link ActiveNetwork#activate}). A failed import changes nothing
 * and leaves its report. Progress goes to the log and to {@code feed_import} (the admin endpoint).
 *
 * <p>Per instance: with several instances, each imports for itself (the feeds it was started with are in
 * {@code routing_feeds}, so a restart rebuilds the same network).
 */
public class FeedImports implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FeedImports.class);
    private static final int LOG_LINES = 200;

    private final ActiveNetwork network;
    private final FeedCatalogue catalogue;
    private final FeedImportRecords records;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "feed-import");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<String> running = new AtomicReference<>();
    /** The feeds of the network in service, by name; changed only by the import that activates a network. */
    private volatile Map<String, FeedSpec> activeFeeds = Map.of();

    public FeedImports(ActiveNetwork network, FeedCatalogue catalogue, FeedImportRecords records, Clock clock) {
        this.network = network;
        this.catalogue = catalogue;
        this.records = records;
        this.clock = clock;
    }

    /**
     * Builds the first network, in the calling thread: the given feeds (demo, configured) and those recorded as
     * active. A broken feed is left out (its report logged) rather than leaving the service without timetables.
     */
    public void loadAtStartup(List<FeedSpec> configured) {
        records.abandonRunning(clock.instant());
        Map<String, FeedSpec> feeds = new LinkedHashMap<>();
        for (FeedSpec recorded : catalogue.active()) {
            if (recorded.exists()) {
                feeds.put(recorded.name(), recorded);
            } else {
                log.warn("Feed {} was active but {} is gone; it is not loaded", recorded.name(), recorded.location());
            }
        }
        configured.forEach(spec -> feeds.put(spec.name(), spec));
        if (feeds.isEmpty()) {
            log.warn("No timetable feeds configured (tripavail.trip.feeds): route search finds nothing until an import");
            return;
        }
        String id = UUID.randomUUID().toString();
        records.started(id, List.copyOf(feeds.values()), "start-up", clock.instant());
        Job job = new Job(id, feeds);
        if (!job.run() && !job.rejectedFeeds.isEmpty()) {
            job.rejectedFeeds.forEach(feeds::remove);
            if (!feeds.isEmpty()) {
                String retry = UUID.randomUUID().toString();
                records.started(retry, List.copyOf(feeds.values()), "start-up (without broken feeds)", clock.instant());
                new Job(retry, feeds).run();
            }
        }
    }

    /** Starts importing {@code feeds} in the background; 409 while another import runs. Returns the import id. */
    public String start(List<FeedSpec> feeds, String requestedBy) {
        String id = UUID.randomUUID().toString();
        if (!running.compareAndSet(null, id)) {
            throw new ConflictException("Import " + running.get() + " is still running; wait for it to finish.");
        }
        try {
            Map<String, FeedSpec> merged = new LinkedHashMap<>(activeFeeds);
            feeds.forEach(spec -> merged.put(spec.name(), spec));
            records.started(id, feeds, requestedBy, clock.instant());
            worker.execute(() -> {
                try {
                    new Job(id, merged).run();
                } finally {
                    running.set(null);
                }
            });
            return id;
        } catch (RuntimeException e) {
            running.set(null);
            throw e;
        }
    }

    public java.util.Optional<FeedImportView> find(String id) {
        return records.find(id);
    }

    public List<FeedView> feeds() {
        return catalogue.all();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** One import: reads every feed, builds, activates; reports progress as it goes. */
    private final class Job implements ImportProgress {
        private final String id;
        private final Map<String, FeedSpec> feeds;
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        private final List<String> rejectedFeeds = new ArrayList<>();
        private int feedsRead;

        Job(String id, Map<String, FeedSpec> feeds) {
            this.id = id;
            this.feeds = Map.copyOf(feeds);
        }

        boolean run() {
            long started = System.nanoTime();
            try {
                note("READING", 5, "Importing " + feeds.size() + " feed(s): " + feeds.values().stream()
                        .map(f -> f.name() + " (" + f.location() + ")").toList());
                List<FeedSource> sources = feeds.values().stream().map(FeedSpec::source).toList();
                NetworkImport result = new NetworkImporter(network.settings(), this).importFeeds(sources);
                return switch (result) {
                    case NetworkImport.Imported imported -> activate(imported.network(), started);
                    case NetworkImport.Rejected rejected -> reject(rejected);
                };
            } catch (RuntimeException e) {
                log.error("Feed import {} failed", id, e);
                lines.add("failed: " + e.getMessage());
                records.finished(id, false, null, List.of(new FeedImportView.FeedReport("", 1,
                        List.of(new FeedImportView.Problem("", 0, "the import failed: " + e.getMessage())))),
                        lines, clock.instant());
                return false;
            }
        }

        private boolean activate(TransitNetwork built, long started) {
            note("ACTIVATING", 95, "Built the network: " + built.stopCount() + " stops, " + built.patternCount()
                    + " patterns, " + built.tripCount() + " trips, " + built.stopTimeCount() + " stop times");
            Map<String, String> versions = new LinkedHashMap<>();
            for (FeedSummary feed : built.feeds()) {
                versions.put(feed.name(), "unversioned".equals(feed.version())
                        ? FeedFingerprint.of(feeds.get(feed.name()).source()) : feed.version());
            }
            ActiveNetwork.Routing routing = network.activate(built, versions, clock.instant());
            activeFeeds = feeds;
            catalogue.activated(built.feeds(), versions, feeds, id, clock.instant());
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("feeds", (long) built.feeds().size());
            counts.put("stops", (long) built.stopCount());
            counts.put("routes", built.feeds().stream().mapToLong(FeedSummary::routes).sum());
            counts.put("trips", (long) built.tripCount());
            counts.put("stopTimes", (long) built.stopTimeCount());
            counts.put("transfers", (long) built.transferCount());
            lines.add("Network " + routing.version() + " in service after " + (System.nanoTime() - started) / 1_000_000 + " ms");
            log.info("Feed import {}: network {} in service ({} feeds, {} stops, {} trips)", id, routing.version(),
                    built.feeds().size(), built.stopCount(), built.tripCount());
            records.finished(id, true, counts, null, lines, clock.instant());
            return true;
        }

        private boolean reject(NetworkImport.Rejected rejected) {
            List<FeedImportView.FeedReport> report = new ArrayList<>();
            for (FeedReadResult.Rejected feed : rejected.feeds()) {
                rejectedFeeds.add(feed.feedName());
                report.add(new FeedImportView.FeedReport(feed.feedName(), feed.totalProblems(), feed.problems().stream()
                        .map(p -> new FeedImportView.Problem(p.file(), p.line(), p.problem())).toList()));
                lines.add("Feed " + feed.feedName() + " refused: " + feed.totalProblems() + " problem(s), first: "
                        + feed.problems().stream().findFirst().map(FeedProblem::toString).orElse("-"));
                log.warn("Feed import {}: feed {} refused with {} problem(s): {}", id, feed.feedName(),
                        feed.totalProblems(), feed.problems().stream().limit(5).toList());
            }
            catalogue.rejected(rejectedFeeds.stream().map(feeds::get).filter(java.util.Objects::nonNull).toList(),
                    id, clock.instant());
            lines.add("Nothing changed: the network in service stays as it was");
            records.finished(id, false, null, report, lines, clock.instant());
            return false;
        }

        @Override
        public void rowsRead(String feedName, String file, long rows) {
            note("READING", percent(), feedName + ": " + rows + " rows of " + file + " read");
        }

        @Override
        public void feedRead(String feedName, boolean clean) {
            feedsRead++;
            note("READING", percent(), feedName + (clean ? " read and valid" : " has problems"));
        }

        @Override
        public void building() {
            note("BUILDING", 85, "All feeds valid; building the network");
        }

        private int percent() {
            return 5 + 75 * feedsRead / Math.max(1, feeds.size());
        }

        private void note(String phase, int percent, String line) {
            log.info("Feed import {} [{} {}%]: {}", id, phase, percent, line);
            lines.add(line);
            while (lines.size() > LOG_LINES) {
                lines.remove(0);
            }
            records.progressed(id, phase, percent, List.copyOf(lines));
        }
    }
}

package com.tripavail.trip.query.search;

import com.tripavail.trip.integration.geocoding.CachedGeocoding;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Deletes expired search results and geocoder answers every {@code interval} (expired rows are already ignored;
 * this keeps the tables small), and runs the other periodic tidy-ups of the search side. Safe on several
 * instances at once.
 */
public class SearchCleanup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchCleanup.class);

    private final SearchResults results;
    private final CachedGeocoding geocoding;
    private final Runnable alsoEachRound;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    public SearchCleanup(SearchResults results, CachedGeocoding geocoding, Runnable alsoEachRound, Clock clock,
                         Duration interval) {
        this.results = results;
        this.geocoding = geocoding;
        this.alsoEachRound = alsoEachRound;
        this.clock = clock;
        this.interval = interval;
    }

    /** Deletes what expired by now; returns how many rows. */
    public int deleteExpired() {
        int searches = results.deleteExpired(clock.instant());
        int geocodes = geocoding.deleteExpired(clock.instant());
        if (searches + geocodes > 0) {
            log.info("Deleted {} expired search results and {} expired geocoder answers", searches, geocodes);
        }
        return searches + geocodes;
    }

    private void runQuietly() {
        try {
            deleteExpired();
            alsoEachRound.run();
        } catch (RuntimeException e) {
            log.warn("Search clean-up failed; will retry", e);
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "search-cleanup");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}

package com.tripavail.platform.idempotency;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Deletes expired Idempotency-Key records every {@code tripavail.idempotency.cleanup-interval}. Expired records
 * are already treated as absent; this only keeps the table small. Safe on several instances at once.
 */
public class IdempotencyRecordCleanup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyRecordCleanup.class);

    private final IdempotencyStore store;
    private final IdempotencyProperties properties;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    public IdempotencyRecordCleanup(IdempotencyStore store, IdempotencyProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** Deletes the records expired by now; returns how many. */
    public int deleteExpired() {
        int deleted = store.deleteExpired(clock.instant());
        if (deleted > 0) {
            log.debug("Deleted {} expired idempotency records", deleted);
        }
        return deleted;
    }

    @Override
    public synchronized void start() {
        long interval = properties.getCleanupInterval().toMillis();
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "idempotency-cleanup");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::deleteExpiredQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void deleteExpiredQuietly() {
        try {
            deleteExpired();
        } catch (RuntimeException e) {
            log.warn("Deleting expired idempotency records failed; will retry", e);
        }
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

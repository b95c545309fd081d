package com.tripavail.inventory.config;

import com.tripavail.inventory.command.hold.DepartureSeats;
import com.tripavail.inventory.command.hold.RoomCalendar;
import com.tripavail.platform.axon.RecentlyUsedCache;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Calendars and departures are hot aggregates: every hold is a command on one of them. A
 * cache ({@link RecentlyUsedCache}) keeps each loaded instance in memory (no reload from the
 * store per command, evicted on rollback), and snapshots — taken on a thread of their own so the aggregate's lock is not
 * held while a large calendar is serialized — let a calendar that fell out of the cache load
 * from its latest snapshot plus the events after it.
 */
@Configuration(proxyBeanMethods = false)
public class HoldConfiguration implements DisposableBean {

    /** Events between snapshots of one calendar or departure. */
    static final int SNAPSHOT_EVERY = 1000;

    private final ExecutorService snapshotThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "hold-snapshotter");
        thread.setDaemon(true);
        return thread;
    });

    /** Calendars and departures kept in memory; the least recently used beyond this are evicted. */
    static final int CACHED_AGGREGATES = 20_000;

    @Bean
    Cache holdAggregateCache() {
        return new RecentlyUsedCache(CACHED_AGGREGATES);
    }

    private AggregateSnapshotter snapshotter;

    /** Not a bean: Axon's own snapshotter (for the catalogue's aggregates) stays as it is. */
    private synchronized AggregateSnapshotter snapshotter(EventStore eventStore, TransactionManager transactionManager) {
        if (snapshotter == null) {
            snapshotter = AggregateSnapshotter.builder()
                .eventStore(eventStore)
                .aggregateFactories(List.of(new GenericAggregateFactory<>(RoomCalendar.class),
                        new GenericAggregateFactory<>(DepartureSeats.class)))
                .transactionManager(transactionManager)
                .executor(snapshotThread)
                .build();
        }
        return snapshotter;
    }

    @Bean
    SnapshotTriggerDefinition roomCalendarSnapshotTrigger(EventStore eventStore, TransactionManager transactionManager) {
        return new EventCountSnapshotTriggerDefinition(snapshotter(eventStore, transactionManager), SNAPSHOT_EVERY);
    }

    @Bean
    SnapshotTriggerDefinition departureSeatsSnapshotTrigger(EventStore eventStore, TransactionManager transactionManager) {
        return new EventCountSnapshotTriggerDefinition(snapshotter(eventStore, transactionManager), SNAPSHOT_EVERY);
    }

    @Override
    public void destroy() {
        snapshotThread.shutdown();
    }
}

package com.tripavail.trip.query.trip;

import static com.tripavail.trip.jooq.Tables.TRIP_ARCHIVE;
import static com.tripavail.trip.jooq.Tables.TRIP_VIEW;

import com.tripavail.trip.config.TripProperties;
import com.tripavail.trip.event.TripStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves completed trips whose completion (last arrival) is older than {@code tripavail.trip.trips.archive-after}
 * (six months) from the trip view to {@code trip_archive}, in batches, each in one transaction. Safe on several
 * instances at once: the rows are locked and skipped by the others.
 */
@Component
public class TripArchive {

    private static final Logger log = LoggerFactory.getLogger(TripArchive.class);
    static final int BATCH = 200;

    private final DSLContext dsl;
    private final TripViews views;
    private final TripProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    public TripArchive(DSLContext dsl, TripViews views, TripProperties properties, Clock clock,
                       PlatformTransactionManager transactionManager) {
        this.dsl = dsl;
        this.views = views;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The scheduled run: archives what is due by the clock's now; returns how many trips moved. */
    @Scheduled(fixedDelayString = "${tripavail.trip.trips.archive-interval:1h}",
            initialDelayString = "${tripavail.trip.trips.archive-interval:1h}")
    public int archiveDue() {
        Instant cutoff = clock.instant().atOffset(ZoneOffset.UTC).minus(properties.archiveAfter()).toInstant();
        int moved = archiveCompletedBefore(cutoff);
        if (moved > 0) {
            log.info("archived {} trips completed before {}", moved, cutoff);
        }
        return moved;
    }

    /** Archives the trips completed before {@code cutoff}; returns how many moved. */
    public int archiveCompletedBefore(Instant cutoff) {
        int total = 0;
        while (true) {
            Integer moved = transaction.execute(status -> archiveBatch(cutoff));
            total += moved == null ? 0 : moved;
            if (moved == null || moved < BATCH) {
                return total;
            }
        }
    }

    private int archiveBatch(Instant cutoff) {
        List<String> due = dsl.select(TRIP_VIEW.TRIP_ID).from(TRIP_VIEW)
                .where(TRIP_VIEW.STATUS.eq(TripStatus.COMPLETED.name())
                        .and(TRIP_VIEW.COMPLETED_AT.lt(cutoff.atOffset(ZoneOffset.UTC))))
                .orderBy(TRIP_VIEW.COMPLETED_AT)
                .limit(BATCH)
                .forUpdate().skipLocked()
                .fetch(TRIP_VIEW.TRIP_ID);
        for (String tripId : due) {
            TripDetails trip = views.find(tripId).orElseThrow();
            dsl.insertInto(TRIP_ARCHIVE)
                    .set(TRIP_ARCHIVE.TRIP_ID, tripId)
                    .set(TRIP_ARCHIVE.TRAVELER_ID, trip.travelerId())
                    .set(TRIP_ARCHIVE.NAME, trip.name())
                    .set(TRIP_ARCHIVE.DEPARTURE, trip.departure().atOffset(ZoneOffset.UTC))
                    .set(TRIP_ARCHIVE.ARRIVAL, trip.arrival().atOffset(ZoneOffset.UTC))
                    .set(TRIP_ARCHIVE.COMPLETED_AT, trip.completedAt().atOffset(ZoneOffset.UTC))
                    .set(TRIP_ARCHIVE.DETAIL, JSONB.valueOf(TripViews.JSON.writeValueAsString(trip)))
                    .set(TRIP_ARCHIVE.ARCHIVED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                    .onConflict(TRIP_ARCHIVE.TRIP_ID).doNothing()
                    .execute();
            dsl.deleteFrom(TRIP_VIEW).where(TRIP_VIEW.TRIP_ID.eq(tripId)).execute();
        }
        return due.size();
    }
}

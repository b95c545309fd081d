package com.tripavail.trip.query.feed;

import static com.tripavail.trip.jooq.Tables.ROUTING_FEEDS;

import com.tripavail.trip.jooq.tables.records.RoutingFeedsRecord;
import com.tripavail.trip.routing.network.FeedSummary;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The table {@code routing_feeds}: every feed version that was imported (ACTIVE while in the network, then
 * REPLACED) or refused (REJECTED). A network rebuilt with an unchanged feed keeps that feed's row.
 */
public class FeedCatalogue {

    private final DSLContext dsl;

    public FeedCatalogue(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Records the feeds of a network just put in service, in one transaction. */
    void activated(List<FeedSummary> feeds, Map<String, String> versions, Map<String, FeedSpec> specs,
                   String importId, Instant at) {
        dsl.transaction(tx -> {
            DSLContext db = tx.dsl();
            List<String> names = feeds.stream().map(FeedSummary::name).toList();
            db.update(ROUTING_FEEDS).set(ROUTING_FEEDS.STATUS, "REPLACED")
                    .where(ROUTING_FEEDS.STATUS.eq("ACTIVE").and(ROUTING_FEEDS.NAME.notIn(names)))
                    .execute();
            for (FeedSummary feed : feeds) {
                String version = versions.get(feed.name());
                String source = specs.get(feed.name()).location();
                boolean unchanged = db.fetchExists(ROUTING_FEEDS, ROUTING_FEEDS.STATUS.eq("ACTIVE")
                        .and(ROUTING_FEEDS.NAME.eq(feed.name())).and(ROUTING_FEEDS.VERSION.eq(version))
                        .and(ROUTING_FEEDS.SOURCE.eq(source)));
                if (unchanged) {
                    continue;
                }
                db.update(ROUTING_FEEDS).set(ROUTING_FEEDS.STATUS, "REPLACED")
                        .where(ROUTING_FEEDS.STATUS.eq("ACTIVE").and(ROUTING_FEEDS.NAME.eq(feed.name())))
                        .execute();
                db.insertInto(ROUTING_FEEDS)
                        .set(ROUTING_FEEDS.ID, UUID.randomUUID().toString())
                        .set(ROUTING_FEEDS.NAME, feed.name())
                        .set(ROUTING_FEEDS.VERSION, version)
                        .set(ROUTING_FEEDS.SOURCE, source)
                        .set(ROUTING_FEEDS.IMPORT_ID, importId)
                        .set(ROUTING_FEEDS.IMPORTED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .set(ROUTING_FEEDS.STOP_COUNT, feed.stops())
                        .set(ROUTING_FEEDS.ROUTE_COUNT, feed.routes())
                        .set(ROUTING_FEEDS.TRIP_COUNT, feed.trips())
                        .set(ROUTING_FEEDS.STOP_TIME_COUNT, feed.stopTimes())
                        .set(ROUTING_FEEDS.STATUS, "ACTIVE")
                        .execute();
            }
        });
    }

    void rejected(List<FeedSpec> feeds, String importId, Instant at) {
        for (FeedSpec feed : feeds) {
            dsl.insertInto(ROUTING_FEEDS)
                    .set(ROUTING_FEEDS.ID, UUID.randomUUID().toString())
                    .set(ROUTING_FEEDS.NAME, feed.name())
                    .set(ROUTING_FEEDS.VERSION, "-")
                    .set(ROUTING_FEEDS.SOURCE, feed.location())
                    .set(ROUTING_FEEDS.IMPORT_ID, importId)
                    .set(ROUTING_FEEDS.IMPORTED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                    .set(ROUTING_FEEDS.STATUS, "REJECTED")
                    .execute();
        }
    }

    /** The feeds in service as last recorded, to rebuild the network at start-up. */
    List<FeedSpec> active() {
        return dsl.selectFrom(ROUTING_FEEDS)
                .where(ROUTING_FEEDS.STATUS.eq("ACTIVE").and(ROUTING_FEEDS.SOURCE.isNotNull()))
                .orderBy(ROUTING_FEEDS.IMPORTED_AT)
                .fetch(r -> new FeedSpec(r.getName(), r.getSource()));
    }

    public List<FeedView> all() {
        return dsl.selectFrom(ROUTING_FEEDS)
                .orderBy(ROUTING_FEEDS.IMPORTED_AT.desc(), ROUTING_FEEDS.NAME)
                .fetch(FeedCatalogue::view);
    }

    private static FeedView view(RoutingFeedsRecord r) {
        return new FeedView(r.getId(), r.getName(), r.getVersion(), r.getSource(), r.getImportId(),
                r.getImportedAt().toInstant(), r.getStopCount(), r.getRouteCount(), r.getTripCount(),
                r.getStopTimeCount(), r.getStatus(), "ACTIVE".equals(r.getStatus()));
    }
}

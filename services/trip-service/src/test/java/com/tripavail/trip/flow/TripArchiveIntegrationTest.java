package com.tripavail.trip.flow;

import static com.tripavail.trip.jooq.Tables.TRIP_ARCHIVE;
import static com.tripavail.trip.jooq.Tables.TRIP_VIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.testsupport.MutableClock;
import com.tripavail.testsupport.TestJwt;
import com.tripavail.trip.TripIntegrationTest;
import com.tripavail.trip.TripRoutes;
import com.tripavail.trip.config.TripProperties;
import com.tripavail.trip.flow.TripWorld.Traveller;
import com.tripavail.trip.query.trip.TripArchive;
import com.tripavail.trip.query.trip.TripViewProjection;
import com.tripavail.trip.query.trip.TripViews;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * Completed trips leave the list for the archive six months after their completion (the job runs on a clock of
 * its own here, moved by the test), and a replay of the trip view rebuilds the same trips without bringing the
 * archived ones back.
 */
@TripIntegrationTest
class TripArchiveIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;
    @Autowired
    MutableClock clock;
    @Autowired
    TripViews views;
    @Autowired
    TripProperties properties;
    @Autowired
    PlatformTransactionManager transactionManager;

    TripWorld world;

    @BeforeEach
    void setUp() {
        world = new TripWorld(port, dsl, clock);
    }

    /** A trip that ended {@code monthsAgo} months before now, completed by its deadline. */
    String completedTrip(Traveller traveller, int monthsAgo) {
        Instant departure = clock.instant().atOffset(ZoneOffset.UTC).minusMonths(monthsAgo).minusDays(2)
                .toInstant().truncatedTo(ChronoUnit.MINUTES);
        String tripId = world.trip(traveller.token(), TripRoutes.noidaAgraJaipur(TripWorld.newSearchId(), departure))
                .get("tripId").asString();
        await().atMost(TripWorld.WAIT).untilAsserted(() -> assertThat(world.get(traveller.token(), tripId)
                .get("status").asString()).isEqualTo("COMPLETED"));
        return tripId;
    }

    @Test
    void completedTripsMoveToTheArchiveSixMonthsAfterCompletion() {
        Traveller me = TripWorld.traveller();
        String eightMonths = completedTrip(me, 8);
        String fiveMonths = completedTrip(me, 5);
        MutableClock jobClock = new MutableClock(clock.instant());
        TripArchive archive = new TripArchive(dsl, views, properties, jobClock, transactionManager);

        archive.archiveDue();
        assertThat(archived(eightMonths)).isTrue();
        assertThat(archived(fiveMonths)).isFalse();
        JsonNode list = world.api.get("/api/trips", me.token()).expect(200).body();
        assertThat(list).extracting(trip -> trip.get("tripId").asString()).containsExactly(fiveMonths);
        // still the traveller's to read, marked archived; still no one else's
        JsonNode old = world.get(me.token(), eightMonths);
        assertThat(old.get("archived").asBoolean()).isTrue();
        assertThat(old.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(old.get("legs")).hasSize(4);
        world.api.get("/api/trips/" + eightMonths, TripWorld.traveller().token()).expectProblem(404);

        jobClock.advance(Duration.ofDays(62));
        archive.archiveDue();
        assertThat(archived(fiveMonths)).isTrue();
        assertThat(world.api.get("/api/trips", me.token()).expect(200).body()).isEmpty();
    }

    @Test
    void aReplayOfTheTripViewRebuildsTheSameTripsAndLeavesArchivedOnesArchived() {
        Traveller me = TripWorld.traveller();
        String archivedTrip = completedTrip(me, 9);
        new TripArchive(dsl, views, properties, clock, transactionManager).archiveDue();
        assertThat(archived(archivedTrip)).isTrue();

        String tripId = world.trip(me.token(), TripRoutes.noidaAgraJaipur(TripWorld.newSearchId(),
                clock.instant().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MINUTES))).get("tripId").asString();
        world.markBooked(me.token(), tripId, TripRoutes.TRAIN, "IRCTC", "PNR-R", "1500").expect(200);
        world.api.get("/api/trips/" + tripId + "/legs/" + TripRoutes.BUS + "/book", me.token()).expect(302);
        await().atMost(TripWorld.WAIT).until(() -> world.get(me.token(), tripId).get("version").asLong() == 2);
        JsonNode before = world.get(me.token(), tripId);
        assertThat(before.get("legs").get(TripRoutes.BUS).get("clicks").asInt()).isOne();

        String admin = TestJwt.token("admin-1", "ADMIN");
        world.api.post("/api/admin/processors/" + TripViewProjection.PROCESSING_GROUP + "/replay", admin, null)
                .expect(202);
        await().atMost(TripWorld.WAIT).untilAsserted(() -> {
            JsonNode processor = world.api.get("/api/admin/processors/" + TripViewProjection.PROCESSING_GROUP, admin)
                    .expect(200).body();
            assertThat(processor.get("replaying").asBoolean()).isFalse();
            assertThat(world.api.get("/api/trips/" + tripId, me.token()).status()).isEqualTo(200);
            assertThat(world.get(me.token(), tripId)).isEqualTo(before);
        });
        assertThat(dsl.fetchExists(TRIP_VIEW, TRIP_VIEW.TRIP_ID.eq(archivedTrip))).isFalse();
        assertThat(world.get(me.token(), archivedTrip).get("archived").asBoolean()).isTrue();
    }

    boolean archived(String tripId) {
        return dsl.fetchExists(TRIP_ARCHIVE, TRIP_ARCHIVE.TRIP_ID.eq(tripId))
                && !dsl.fetchExists(TRIP_VIEW, TRIP_VIEW.TRIP_ID.eq(tripId));
    }
}

package com.tripavail.trip.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.testsupport.HttpApi;
import com.tripavail.testsupport.MutableClock;
import com.tripavail.trip.TripIntegrationTest;
import com.tripavail.trip.TripRoutes;
import com.tripavail.trip.event.RouteSnapshot;
import com.tripavail.trip.flow.TripWorld.Traveller;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Saved routes: save, list, reuse (counted), delete; each user sees and changes only their own. */
@TripIntegrationTest
class SavedRouteIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;
    @Autowired
    MutableClock clock;

    TripWorld world;
    HttpApi api;

    @BeforeEach
    void setUp() {
        world = new TripWorld(port, dsl, clock);
        api = world.api;
    }

    HttpApi.Response save(Traveller traveller, String searchId, int routeIndex, String name) {
        return api.postRaw("/api/saved-routes", traveller.token(), HttpApi.json(Map.of("searchId", searchId,
                "routeIndex", routeIndex, "name", name)), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    @Test
    void aUserSavesReusesAndDeletesTheirOwnRoutes() {
        Traveller me = TripWorld.traveller();
        Traveller someoneElse = TripWorld.traveller();
        RouteSnapshot route = TripRoutes.noidaAgraJaipur(TripWorld.newSearchId(),
                clock.instant().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.MINUTES));
        String searchId = world.offer(route);

        HttpApi.Response saved = save(me, searchId, 0, "Weekend escape to Jaipur").expect(201);
        String id = saved.text("id");
        assertThat(saved.header("Location")).isEqualTo("/api/saved-routes/" + id);
        assertThat(saved.body().get("timesUsed").asInt()).isZero();
        assertThat(saved.body().get("lastUsedAt").isNull()).isTrue();
        assertThat(saved.body().get("origin").asString()).isEqualTo("Noida");
        assertThat(saved.body().get("route").get("legs")).hasSize(4);

        assertThat(api.get("/api/saved-routes", me.token()).expect(200).body()).singleElement()
                .satisfies(line -> assertThat(line.get("name").asString()).isEqualTo("Weekend escape to Jaipur"));
        assertThat(api.get("/api/saved-routes", someoneElse.token()).expect(200).body()).isEmpty();
        api.get("/api/saved-routes/" + id, someoneElse.token()).expectProblem(404);

        JsonNode once = api.post("/api/saved-routes/" + id + "/use", me.token(), null).expect(200).body();
        assertThat(once.get("timesUsed").asInt()).isOne();
        assertThat(Instant.parse(once.get("lastUsedAt").asString())).isEqualTo(clock.instant());
        assertThat(once.get("route").get("searchId").asString()).isEqualTo(searchId);
        clock.advance(Duration.ofSeconds(1));
        JsonNode twice = api.post("/api/saved-routes/" + id + "/use", me.token(), null).expect(200).body();
        assertThat(twice.get("timesUsed").asInt()).isEqualTo(2);
        assertThat(Instant.parse(twice.get("lastUsedAt").asString())).isEqualTo(clock.instant());

        api.post("/api/saved-routes/" + id + "/use", someoneElse.token(), null).expectProblem(404);
        api.request("DELETE", "/api/saved-routes/" + id, someoneElse.token(), null, null).expectProblem(404);
        assertThat(api.get("/api/saved-routes/" + id, me.token()).expect(200).body().get("timesUsed").asInt())
                .isEqualTo(2);

        api.request("DELETE", "/api/saved-routes/" + id, me.token(), null, null).expect(204);
        api.get("/api/saved-routes/" + id, me.token()).expectProblem(404);
        assertThat(api.get("/api/saved-routes", me.token()).expect(200).body()).isEmpty();
    }

    @Test
    void badSavedRouteRequestsAreProblems() {
        Traveller me = TripWorld.traveller();
        String searchId = world.offer(TripRoutes.noidaAgraJaipur(TripWorld.newSearchId(),
                clock.instant().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.MINUTES)));

        save(me, searchId, 0, " ").expectProblem(400);
        save(me, searchId, 3, "No such route").expectProblem(422);
        save(me, "no-such-search", 0, "Nothing").expectProblem(422);
        api.post("/api/saved-routes", me.token(), Map.of("searchId", searchId, "routeIndex", 0, "name", "No key"))
                .expectProblem(400);
        api.post("/api/saved-routes/no-such-route/use", me.token(), null).expectProblem(404);
        api.get("/api/saved-routes", null).expect(401);
        assertThat(api.get("/api/saved-routes", me.token()).expect(200).body()).isEmpty();
    }
}

package com.tripavail.inventory.hold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.inventory.InventoryIntegrationTest;
import com.tripavail.inventory.command.hold.HoldTables;
import com.tripavail.testsupport.HttpApi;
import com.tripavail.testsupport.TestJwt;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Nightly inventory, occupancy, departures and holds over REST: owners only, bad input → 4xx, nothing changed. */
@InventoryIntegrationTest
class HoldApiTest {

    static final LocalDate FROM = LocalDate.of(2027, 5, 1);

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    HoldTables tables;
    @Autowired
    DSLContext dsl;

    HttpApi api;
    HoldTestWorld world;
    String owner;
    String ownerToken;
    String strangerToken;
    String admin;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        world = new HoldTestWorld(commands, tables, dsl);
        owner = HoldTestWorld.id("provider");
        String ownerUser = HoldTestWorld.id("user");
        String strangerUser = HoldTestWorld.id("user");
        world.providerUser(owner, ownerUser);
        world.providerUser(HoldTestWorld.id("provider"), strangerUser);
        ownerToken = TestJwt.token(ownerUser, "PROVIDER");
        strangerToken = TestJwt.token(strangerUser, "PROVIDER");
        admin = TestJwt.token("admin-" + UUID.randomUUID(), "ADMIN");
    }

    private JsonNode occupancy(String roomTypeId, int nights) {
        return api.get("/api/provider/room-types/" + roomTypeId + "/occupancy?from=" + FROM + "&to="
                + FROM.plusDays(nights - 1L), ownerToken).expect(200).body();
    }

    private JsonNode awaitOccupancy(String roomTypeId, int nights, java.util.function.Predicate<JsonNode> ready) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> ready.test(last[0] = occupancy(roomTypeId, nights)));
        return last[0];
    }

    @Test
    void ownerOpensNightsAndChangesOne_andSeesTheOccupancyCalendar() {
        String roomTypeId = world.publishedCalendar(owner, FROM.minusDays(30), 1, 2);
        api.post("/api/room-types/" + roomTypeId + "/inventory", ownerToken,
                Map.of("from", FROM.toString(), "to", FROM.plusDays(2).toString(), "units", 4)).expect(202);
        api.request("PUT", "/api/room-types/" + roomTypeId + "/nights/" + FROM.plusDays(1), ownerToken,
                "application/json", HttpApi.json(Map.of("units", 6, "price", Map.of("amount", 150, "currency", "INR"))))
                .expect(200);
        api.request("PUT", "/api/room-types/" + roomTypeId + "/nights/" + FROM.plusDays(2), ownerToken,
                "application/json", HttpApi.json(Map.of("closed", true))).expect(200);

        JsonNode calendar = awaitOccupancy(roomTypeId, 3, c -> c.size() == 3 && c.get(2).get("closed").asBoolean()
                && c.get(1).get("units").asInt() == 6);
        assertThat(calendar.get(0).get("units").asInt()).isEqualTo(4);
        assertThat(calendar.get(0).get("free").asInt()).isEqualTo(4);
        assertThat(calendar.get(1).get("price").decimalValue()).isEqualByComparingTo("150");
        assertThat(calendar.get(0).get("price").decimalValue()).isEqualByComparingTo("100");
    }

    @Test
    void anotherProvider_cannotSeeOrTouchTheCalendar() {
        String roomTypeId = world.publishedCalendar(owner, FROM, 2, 2);
        api.post("/api/room-types/" + roomTypeId + "/inventory", strangerToken,
                Map.of("from", FROM.plusDays(5).toString(), "to", FROM.plusDays(6).toString())).expectProblem(404);
        api.request("PUT", "/api/room-types/" + roomTypeId + "/nights/" + FROM, strangerToken, "application/json",
                HttpApi.json(Map.of("units", 0))).expectProblem(404);
        api.get("/api/provider/room-types/" + roomTypeId + "/occupancy?from=" + FROM + "&to=" + FROM.plusDays(1),
                strangerToken).expectProblem(404);
        api.get("/api/provider/room-types/no-such-room/occupancy?from=" + FROM + "&to=" + FROM, ownerToken)
                .expectProblem(404);
        // the owner's calendar is as it was
        JsonNode calendar = awaitOccupancy(roomTypeId, 2, c -> c.size() == 2);
        assertThat(calendar.get(0).get("units").asInt()).isEqualTo(2);
    }

    @Test
    void badInventoryInput_gets4xxProblems_andChangesNothing() {
        String roomTypeId = world.publishedCalendar(owner, FROM, 2, 2);
        String open = "/api/room-types/" + roomTypeId + "/inventory";
        api.post(open, ownerToken, Map.of("from", FROM.plusDays(3).toString(), "to", FROM.toString()))
                .expectProblem(422);
        api.post(open, ownerToken, Map.of("from", FROM.toString(), "to", FROM.plusDays(95).toString()))
                .expectProblem(422);
        api.post(open, ownerToken, Map.of("from", FROM.toString(), "to", FROM.plusDays(1).toString(), "units", -1))
                .expectProblem(400);
        api.post(open, ownerToken, Map.of("from", FROM.toString(), "to", FROM.plusDays(1).toString(),
                "price", Map.of("amount", 10, "currency", "usd"))).expectProblem(400);
        api.post(open, ownerToken, Map.of("from", FROM.toString(), "to", FROM.plusDays(1).toString(),
                "price", Map.of("amount", 10, "currency", "EUR"))).expectProblem(422);
        api.postRaw(open, ownerToken, "{\"from\": \"not-a-date\"}", Map.of()).expectProblem(400);
        String night = "/api/room-types/" + roomTypeId + "/nights/";
        api.request("PUT", night + FROM, ownerToken, "application/json", "{}").expectProblem(422);
        api.request("PUT", night + "2027-13-45", ownerToken, "application/json", HttpApi.json(Map.of("units", 1)))
                .expectProblem(400);
        api.request("PUT", night + FROM.plusDays(40), ownerToken, "application/json", HttpApi.json(Map.of("units", 1)))
                .expectProblem(404);

        // one unit held: the night cannot go below it
        api.postRaw("/api/holds", admin, HttpApi.json(holdBody(roomTypeId, FROM, FROM.plusDays(1), 1)),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).expect(201);
        api.request("PUT", night + FROM, ownerToken, "application/json", HttpApi.json(Map.of("units", 0)))
                .expectProblem(409);

        JsonNode calendar = awaitOccupancy(roomTypeId, 2, c -> c.size() == 2 && c.get(0).get("held").asInt() == 1);
        assertThat(calendar.get(0).get("units").asInt()).isEqualTo(2);
        assertThat(calendar.get(1).get("units").asInt()).isEqualTo(2);
        assertThat(calendar.get(1).get("price").decimalValue()).isEqualByComparingTo("100");
    }

    static Map<String, Object> holdBody(String roomTypeId, LocalDate checkIn, LocalDate checkOut, int units) {
        Map<String, Object> body = new HashMap<>();
        body.put("bookingId", HoldTestWorld.id("booking"));
        body.put("productType", "STAY");
        body.put("productId", roomTypeId);
        body.put("checkIn", checkIn.toString());
        body.put("checkOut", checkOut.toString());
        body.put("units", units);
        body.put("guests", 1);
        return body;
    }

    @Test
    void holdsOverRest_needAdminAndAnIdempotencyKey_andReleaseAndConfirmFollowTheRules() {
        String roomTypeId = world.publishedCalendar(owner, FROM, 3, 1);
        Map<String, Object> body = holdBody(roomTypeId, FROM, FROM.plusDays(2), 1);
        String key = UUID.randomUUID().toString();

        api.postRaw("/api/holds", admin, HttpApi.json(body), Map.of()).expectProblem(400);
        api.postRaw("/api/holds", ownerToken, HttpApi.json(body), Map.of("Idempotency-Key", key)).expectProblem(403);
        HttpApi.Response held = api.postRaw("/api/holds", admin, HttpApi.json(body), Map.of("Idempotency-Key", key))
                .expect(201);
        String holdId = held.text("holdId");
        assertThat(held.body().get("total").get("amount").decimalValue()).isEqualByComparingTo("200");
        // the same request again: the stored answer, nothing held twice
        HttpApi.Response replay = api.postRaw("/api/holds", admin, HttpApi.json(body), Map.of("Idempotency-Key", key))
                .expect(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        // the room is taken now
        api.postRaw("/api/holds", admin, HttpApi.json(holdBody(roomTypeId, FROM.plusDays(1), FROM.plusDays(2), 1)),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).expectProblem(409);

        Map<String, Object> bad = new HashMap<>(body);
        bad.put("units", 0);
        api.postRaw("/api/holds", admin, HttpApi.json(bad), Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                .expectProblem(400);
        Map<String, Object> unknown = new HashMap<>(body);
        unknown.put("productId", "no-such-room");
        api.postRaw("/api/holds", admin, HttpApi.json(unknown), Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                .expectProblem(404);
        Map<String, Object> backwards = new HashMap<>(body);
        backwards.put("checkOut", FROM.toString());
        api.postRaw("/api/holds", admin, HttpApi.json(backwards),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).expectProblem(422);

        api.post("/api/holds/" + holdId + "/release", admin, Map.of("reason", "CANCELLED")).expect(202);
        api.post("/api/holds/" + holdId + "/release", admin, null).expect(200);
        api.post("/api/holds/" + holdId + "/confirm", admin, null).expectProblem(409);
        api.post("/api/holds/no-such-hold/confirm", admin, null).expectProblem(404);
        api.post("/api/holds/" + holdId + "/release", ownerToken, null).expectProblem(403);

        JsonNode calendar = awaitOccupancy(roomTypeId, 3, c -> c.size() == 3 && c.get(0).get("held").asInt() == 0
                && c.get(0).get("free").asInt() == 1);
        assertThat(calendar.get(1).get("held").asInt()).isZero();

        // a new hold, confirmed: sold
        HttpApi.Response second = api.postRaw("/api/holds", admin, HttpApi.json(holdBody(roomTypeId, FROM,
                FROM.plusDays(1), 1)), Map.of("Idempotency-Key", UUID.randomUUID().toString())).expect(201);
        api.post("/api/holds/" + second.text("holdId") + "/confirm", admin, null).expect(202);
        api.post("/api/holds/" + second.text("holdId") + "/confirm", admin, null).expect(200);
        awaitOccupancy(roomTypeId, 3, c -> c.get(0).get("sold").asInt() == 1 && c.get(0).get("held").asInt() == 0);
    }

    @Test
    void providerSeesOwnUpcomingDeparturesWithSeatsSold() {
        String[] tour = world.publishedDeparture(owner, FROM.plusDays(10), 12);
        world.publishedDeparture(HoldTestWorld.id("someone-else"), FROM.plusDays(10), 12);
        Map<String, Object> body = new HashMap<>();
        body.put("bookingId", "b-1");
        body.put("productType", "TOUR_PACKAGE");
        body.put("productId", tour[0]);
        body.put("departureId", tour[1]);
        body.put("units", 3);
        body.put("guests", 3);
        String holdId = api.postRaw("/api/holds", admin, HttpApi.json(body),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).expect(201).text("holdId");
        api.post("/api/holds/" + holdId + "/confirm", admin, null).expect(202);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode departures = api.get("/api/provider/departures?from=" + FROM + "&to=" + FROM.plusDays(30),
                    ownerToken).expect(200).body();
            assertThat(departures.size()).isEqualTo(1);
            assertThat(departures.get(0).get("departureId").asString()).isEqualTo(tour[1]);
            assertThat(departures.get(0).get("sold").asInt()).isEqualTo(3);
            assertThat(departures.get(0).get("free").asInt()).isEqualTo(9);
        });
        api.get("/api/provider/departures?from=" + FROM + "&to=" + FROM.minusDays(1), ownerToken).expectProblem(400);
        api.get("/api/provider/departures?from=" + FROM + "&to=" + FROM.plusDays(10), strangerToken).expect(200)
                .body().forEach(d -> assertThat(d.get("departureId").asString()).isNotEqualTo(tour[1]));
    }
}

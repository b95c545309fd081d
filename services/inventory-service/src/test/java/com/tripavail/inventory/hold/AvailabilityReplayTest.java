package com.tripavail.inventory.hold;

import static com.tripavail.inventory.jooq.Tables.DEPARTURE_VIEW;
import static com.tripavail.inventory.jooq.Tables.ROOM_NIGHT_VIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.inventory.InventoryIntegrationTest;
import com.tripavail.inventory.command.hold.ChangeRoomNightCommand;
import com.tripavail.inventory.command.hold.HoldDesk;
import com.tripavail.inventory.command.hold.HoldOutcome;
import com.tripavail.inventory.command.hold.HoldRequest;
import com.tripavail.inventory.command.hold.HoldTables;
import com.tripavail.inventory.query.availability.DepartureProjection;
import com.tripavail.inventory.query.availability.RoomNightProjection;
import com.tripavail.testsupport.HttpApi;
import com.tripavail.testsupport.TestJwt;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Replaying the availability projections through the admin API rebuilds identical rows. */
@InventoryIntegrationTest
class AvailabilityReplayTest {

    static final LocalDate FROM = LocalDate.of(2027, 8, 1);

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    HoldTables tables;
    @Autowired
    DSLContext dsl;
    @Autowired
    HoldDesk desk;

    @Test
    void replayingRoomNightsAndDeparturesRebuildsTheSameRows() {
        HoldTestWorld world = new HoldTestWorld(commands, tables, dsl);
        String room = world.publishedCalendar("provider-replay", FROM, 4, 3);
        commands.sendAndWait(new ChangeRoomNightCommand(room, FROM.plusDays(1), 5, HoldTestWorld.BASE.times(2), false,
                null, HoldTestWorld.AT));
        commands.sendAndWait(new ChangeRoomNightCommand(room, FROM.plusDays(3), null, null, false, true,
                HoldTestWorld.AT));
        String[] tour = world.publishedDeparture("provider-replay", FROM, 10);
        for (int i = 0; i < 3; i++) {
            String holdId = HoldTestWorld.id("h");
            assertThat(desk.hold(new HoldRequest(holdId, "b", "STAY", room, null, FROM, FROM.plusDays(2), 1, 1)))
                    .isInstanceOf(HoldOutcome.Held.class);
            if (i == 0) {
                desk.confirm(holdId);
            } else if (i == 1) {
                desk.release(holdId, "EXPIRED");
            }
            String seatHold = HoldTestWorld.id("s");
            desk.hold(new HoldRequest(seatHold, "b", "TOUR_PACKAGE", tour[0], tour[1], null, null, 2, 2));
            if (i == 0) {
                desk.confirm(seatHold);
            }
        }
        HttpApi api = new HttpApi(port);
        String admin = TestJwt.token("admin-replay", "ADMIN");
        for (String processor : List.of(RoomNightProjection.PROCESSING_GROUP, DepartureProjection.PROCESSING_GROUP)) {
            awaitCaughtUp(api, admin, processor);
        }
        List<Record> nights = nights();
        List<Record> departures = departures();
        assertThat(nights).hasSizeGreaterThanOrEqualTo(4);
        assertThat(departures).isNotEmpty();

        // damage both tables by hand: only a rebuild from the events restores them
        dsl.update(ROOM_NIGHT_VIEW).set(ROOM_NIGHT_VIEW.HELD, 99).execute();
        dsl.deleteFrom(DEPARTURE_VIEW).execute();

        for (String processor : List.of(RoomNightProjection.PROCESSING_GROUP, DepartureProjection.PROCESSING_GROUP)) {
            api.post("/api/admin/processors/" + processor + "/replay", admin, null).expect(202);
        }
        for (String processor : List.of(RoomNightProjection.PROCESSING_GROUP, DepartureProjection.PROCESSING_GROUP)) {
            awaitCaughtUp(api, admin, processor);
        }
        assertThat(nights()).isEqualTo(nights);
        assertThat(departures()).isEqualTo(departures);
    }

    private void awaitCaughtUp(HttpApi api, String admin, String processor) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode status = api.get("/api/admin/processors/" + processor, admin).expect(200).body();
            assertThat(status.get("replaying").asBoolean()).as("replaying in %s", status).isFalse();
            assertThat(status.get("lag").asLong()).isZero();
            assertThat(status.get("error").asBoolean()).as("error in %s", status).isFalse();
        });
    }

    private List<Record> nights() {
        return dsl.selectFrom(ROOM_NIGHT_VIEW).orderBy(ROOM_NIGHT_VIEW.ROOM_TYPE_ID, ROOM_NIGHT_VIEW.NIGHT).fetch()
                .stream().map(r -> (Record) r).toList();
    }

    private List<Record> departures() {
        return dsl.selectFrom(DEPARTURE_VIEW).orderBy(DEPARTURE_VIEW.DEPARTURE_ID).fetch()
                .stream().map(r -> (Record) r).toList();
    }
}

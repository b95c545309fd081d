package com.tripavail.inventory.hold;

import static com.tripavail.inventory.jooq.Tables.ROOM_NIGHT_VIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.inventory.InventoryIntegrationTest;
import com.tripavail.inventory.command.hold.HoldDesk;
import com.tripavail.inventory.command.hold.HoldOutcome;
import com.tripavail.inventory.command.hold.HoldRequest;
import com.tripavail.inventory.command.hold.HoldTables;
import com.tripavail.inventory.command.hold.RoomCalendar;
import com.tripavail.inventory.event.HoldRejection;
import com.tripavail.inventory.event.RoomsHeldEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many threads race for the same room type through the real command bus, aggregate cache and
 * PostgreSQL event store: never more held than open on any night, and exactly as many holds
 * granted as there were units.
 */
@InventoryIntegrationTest
class HoldConcurrencyTest {

    static final int THREADS = 16;
    static final int HOLDS_PER_THREAD = 70;
    static final int UNITS = 20;
    static final LocalDate CHECK_IN = LocalDate.of(2027, 3, 1);

    @Autowired
    HoldDesk desk;
    @Autowired
    CommandGateway commands;
    @Autowired
    HoldTables tables;
    @Autowired
    DSLContext dsl;
    @Autowired
    EventStore eventStore;

    @Test
    void manyThreadsRacingForOneRoomType_neverOversell_andGrantExactlyTheCapacity() throws Exception {
        String roomTypeId = new HoldTestWorld(commands, tables, dsl).publishedCalendar("provider-race", CHECK_IN, 3, UNITS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger granted = new AtomicInteger();
        Map<HoldRejection, AtomicInteger> refused = new ConcurrentHashMap<>();
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            runs.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < HOLDS_PER_THREAD; i++) {
                    String holdId = "race-" + roomTypeId + "-" + thread + "-" + i;
                    HoldOutcome outcome = desk.hold(new HoldRequest(holdId, "booking-" + holdId, "STAY", roomTypeId,
                            null, CHECK_IN, CHECK_IN.plusDays(3), 1, 1));
                    switch (outcome) {
                        case HoldOutcome.Held held -> granted.incrementAndGet();
                        case HoldOutcome.Rejected rejected ->
                                refused.computeIfAbsent(rejected.reason(), r -> new AtomicInteger()).incrementAndGet();
                        default -> throw new AssertionError("unexpected " + outcome);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();

        int demand = THREADS * HOLDS_PER_THREAD;
        assertThat(granted.get()).isEqualTo(Math.min(UNITS, demand));
        assertThat(refused.get(HoldRejection.SOLD_OUT).get()).isEqualTo(demand - UNITS);

        // The event store, read from the first event (not a snapshot), agrees: per night, units held never exceed the units open.
        Map<LocalDate, Integer> heldPerNight = new HashMap<>();
        eventStore.readEvents(roomTypeId, 0).asStream()
                .filter(e -> e.getPayload() instanceof RoomsHeldEvent)
                .map(e -> (RoomsHeldEvent) e.getPayload())
                .forEach(e -> e.nights().forEach(n -> heldPerNight.merge(n, e.units(), Integer::sum)));
        assertThat(heldPerNight).hasSize(3).allSatisfy((night, held) -> assertThat(held).isEqualTo(UNITS));

        // 1,123 events on the calendar (a snapshot every 1,000): a snapshot (taken on its own thread) lets it load without replaying them all,
        // and it reads back as a calendar (Jackson, field access).
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                eventStore.readEvents(roomTypeId).asStream().findFirst().orElseThrow().getPayload())
                .isInstanceOf(RoomCalendar.class));

        // And so does the read model, once it has caught up.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(dsl.selectFrom(ROOM_NIGHT_VIEW)
                .where(ROOM_NIGHT_VIEW.ROOM_TYPE_ID.eq(roomTypeId)).fetch())
                .hasSize(3)
                .allSatisfy(row -> {
                    assertThat(row.getHeld()).isEqualTo(UNITS);
                    assertThat(row.getHeld() + row.getSold()).isLessThanOrEqualTo(row.getUnits());
                }));
    }
}

package com.tripavail.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.platform.axon.testapp.AxonKafkaTestBase;
import com.tripavail.platform.axon.testapp.CounterApi.IncrementCounterCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The platform's JDBC storage engine: Axon's, reading {@code tripavail.axon.event-store.batch-size} events per query,
 * and looking past an empty window (a gap of unused indexes) at most once a second unless it has seen an event there.
 */
class EventStorageEngineTest extends AxonKafkaTestBase {

    @Autowired
    EventStorageEngine engine;
    @Autowired
    EventStoreProperties properties;

    @Test
    void theEngineIsAxonsJdbcEngineReadingTheConfiguredBatch() {
        assertThat(engine).isInstanceOf(TimestampParsingJdbcEventStorageEngine.class).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(properties.batchSize()).isEqualTo(1000);
        assertThat(ReflectionTestUtils.getField(engine, "batchSize")).isEqualTo(properties.batchSize());
    }

    @Test
    void givenEventsStored_whenReadFromTheStart_thenEachComesBackInOrderWithItsTimestampAndPosition() {
        String counter = newId("engine");
        for (int i = 0; i < 3; i++) {
            commands.sendAndWait(new IncrementCounterCommand(counter, 1, "n" + i));
        }

        List<TrackedEventMessage<?>> read;
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(null, false)) {
            read = events.filter(event -> counter.equals(((DomainEventMessage<?>) event).getAggregateIdentifier()))
                    .collect(Collectors.toList());
        }
        assertThat(read).extracting(event -> ((DomainEventMessage<?>) event).getSequenceNumber())
                .containsExactly(0L, 1L, 2L);
        for (TrackedEventMessage<?> event : read) {
            Record2<Long, String> stored = dsl.select(DSL.field("globalindex", Long.class),
                            DSL.field("timestamp", String.class))
                    .from("domainevententry").where(DSL.field("eventidentifier").eq(event.getIdentifier()))
                    .fetchSingle();
            assertThat(event.getTimestamp()).isEqualTo(Instant.parse(stored.value2()));
            assertThat(event.trackingToken().position()).hasValue(stored.value1());
        }
    }

    @Test
    void givenMoreUnusedIndexesThanOneQueryReads_thenTheEventBeyondThemIsStillRead() {
        String counter = newId("gap");
        commands.sendAndWait(new IncrementCounterCommand(counter, 1, "before the gap"));
        TrackingToken head;
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(null, false)) {
            head = events.reduce((first, second) -> second).orElseThrow().trackingToken();
        }
        // As if 5,000 transactions took an index and rolled back: five times what one query reads.
        dsl.execute("select setval(pg_get_serial_sequence('domainevententry', 'globalindex'), "
                + "nextval(pg_get_serial_sequence('domainevententry', 'globalindex')) + 5000)");
        commands.sendAndWait(new IncrementCounterCommand(counter, 1, "after the gap"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(head, false)) {
                assertThat(events.filter(e -> counter.equals(((DomainEventMessage<?>) e).getAggregateIdentifier())))
                        .extracting(e -> ((DomainEventMessage<?>) e).getSequenceNumber()).containsExactly(1L);
            }
        });
    }
}

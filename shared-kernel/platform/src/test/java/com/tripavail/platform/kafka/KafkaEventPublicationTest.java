package com.tripavail.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Topics;
import com.tripavail.platform.axon.testapp.AxonKafkaTestBase;
import com.tripavail.platform.axon.testapp.CounterApi.AddCounterNoteCommand;
import com.tripavail.platform.axon.testapp.CounterApi.IncrementCounterCommand;
import com.tripavail.platform.axon.testapp.CounterEventTranslator;
import com.tripavail.platform.axon.testapp.TestCounterIncremented;
import com.tripavail.testsupport.KafkaTestConsumer;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The kafka-publication processor: domain events out as contract envelopes, through real PostgreSQL and Kafka. */
class KafkaEventPublicationTest extends AxonKafkaTestBase {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    @Autowired
    CounterEventTranslator translator;

    @Test
    void givenACommandOverHttp_whenItsEventIsStored_thenItsEnvelopeIsOnKafkaUnderTheAggregateIdWithHeaders() {
        String counterId = newId("published");
        try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(publicationTopic)) {
            expect(send(request("/api/test/counters/" + counterId + "/increments?amount=3&label=first", TRAVELER_TOKEN)
                    .header("traceparent", TRACEPARENT).POST(HttpRequest.BodyPublishers.noBody())), 200);

            ConsumerRecord<String, String> record = consumer.awaitRecord(r -> counterId.equals(r.key()), TIMEOUT);

            Record stored = dsl.fetchOne("SELECT eventidentifier, timestamp FROM domainevententry "
                    + "WHERE aggregateidentifier = ? AND sequencenumber = 0", counterId);
            EventEnvelope envelope = ContractJson.read(record.value());
            assertThat(envelope.eventId()).isEqualTo(stored.get(0, String.class));
            assertThat(envelope.occurredAt()).isEqualTo(Instant.parse(stored.get(1, String.class)));
            assertThat(envelope.type()).isEqualTo(TestCounterIncremented.TYPE);
            assertThat(envelope.version()).isEqualTo(1);
            assertThat(envelope.aggregateId()).isEqualTo(counterId);
            assertThat(envelope.sequence()).isZero();
            assertThat(ContractJson.payload(envelope, TestCounterIncremented.class))
                    .isEqualTo(new TestCounterIncremented(counterId, 3, 3, "first"));

            assertThat(header(record, Topics.TYPE_HEADER)).isEqualTo(TestCounterIncremented.TYPE);
            // the caller's trace goes on (same trace id, a span of our own)
            assertThat(header(record, Topics.TRACEPARENT_HEADER))
                    .startsWith("00-" + TRACE_ID + "-")
                    .isNotEqualTo(TRACEPARENT)
                    .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        }
    }

    @Test
    void givenPublicAndPrivateEventsOfOneAggregate_whenPublished_thenOnlyPublicOnesArriveInSequenceOrder() {
        String counterId = newId("ordered");
        try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(publicationTopic)) {
            commands.sendAndWait(new IncrementCounterCommand(counterId, 1, "a"));       // sequence 0
            commands.sendAndWait(new AddCounterNoteCommand(counterId, "private note")); // sequence 1, private
            commands.sendAndWait(new IncrementCounterCommand(counterId, 2, "b"));       // sequence 2
            commands.sendAndWait(new IncrementCounterCommand(counterId, 3, "c"));       // sequence 3
            commands.sendAndWait(new IncrementCounterCommand(counterId, 4, "d"));       // sequence 4

            List<EventEnvelope> envelopes = consumer.awaitRecords(r -> counterId.equals(r.key()), 4, TIMEOUT).stream()
                    .map(r -> ContractJson.read(r.value())).toList();

            assertThat(envelopes).extracting(EventEnvelope::sequence).containsExactly(0L, 2L, 3L, 4L);
            assertThat(envelopes).extracting(EventEnvelope::type).containsOnly(TestCounterIncremented.TYPE);
            assertThat(envelopes).extracting(e -> ContractJson.payload(e, TestCounterIncremented.class).total())
                    .containsExactly(1, 3, 6, 10);
            // the note (sequence 1) would have arrived before sequence 2 on the aggregate's partition
            assertThat(consumer.received()).filteredOn(r -> counterId.equals(r.key())).hasSize(4);
            String noteId = dsl.fetchValue("SELECT eventidentifier FROM domainevententry "
                    + "WHERE aggregateidentifier = ? AND sequencenumber = 1", counterId).toString();
            assertThat(consumer.received()).noneMatch(r -> r.value().contains(noteId));
        }
    }

    @Test
    void givenAnEventThatCannotBePublished_whenPublicationFails_thenTheProcessorHaltsInErrorAndPublishesItOnceFixed() {
        String counterId = newId("unpublishable");
        String processor = "/api/admin/processors/" + KafkaEventPublication.PROCESSING_GROUP;
        try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(publicationTopic)) {
            translator.failing().set(true);
            commands.sendAndWait(new IncrementCounterCommand(counterId, 1, CounterEventTranslator.UNPUBLISHABLE_LABEL));

            // not skipped: the processor retries the event and shows the failure
            await().atMost(TIMEOUT).untilAsserted(() -> {
                JsonNode status = expect(adminGet(processor), 200);
                assertThat(status.get("error").asBoolean()).as("%s", status).isTrue();
                assertThat(status.get("segmentStatus").get(0).get("errorMessage").asString())
                        .contains("cannot publish counter " + counterId);
                assertThat(status.get("lag").asLong()).isPositive();
            });
            assertThat(consumer.poll(Duration.ofMillis(200))).noneMatch(r -> counterId.equals(r.key()));

            translator.failing().set(false);
            ConsumerRecord<String, String> record = consumer.awaitRecord(r -> counterId.equals(r.key()),
                    Duration.ofSeconds(30));
            assertThat(ContractJson.read(record.value()).sequence()).isZero();
            await().atMost(TIMEOUT).untilAsserted(() -> {
                JsonNode status = expect(adminGet(processor), 200);
                assertThat(status.get("error").asBoolean()).isFalse();
                assertThat(status.get("lag").isNumber()).isTrue();
                assertThat(status.get("lag").asLong()).isZero();
            });
        } finally {
            translator.failing().set(false);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        assertThat(record.headers().lastHeader(name)).as("header %s", name).isNotNull();
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}

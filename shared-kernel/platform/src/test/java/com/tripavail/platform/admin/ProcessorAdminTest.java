package com.tripavail.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.platform.axon.testapp.AxonKafkaTestBase;
import com.tripavail.platform.axon.testapp.CounterApi.AddCounterNoteCommand;
import com.tripavail.platform.axon.testapp.CounterApi.CounterIncrementedEvent;
import com.tripavail.platform.axon.testapp.CounterApi.CounterNoteAddedEvent;
import com.tripavail.platform.axon.testapp.CounterApi.IncrementCounterCommand;
import com.tripavail.platform.axon.testapp.CounterAudit;
import com.tripavail.platform.axon.testapp.CounterGuard;
import com.tripavail.platform.axon.testapp.CounterViewProjection;
import com.tripavail.platform.kafka.KafkaEventPublication;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** ProcessorAdminController: status, lag and replay of the test application's processors. */
class ProcessorAdminTest extends AxonKafkaTestBase {

    private static final List<String> STREAMING = List.of(CounterViewProjection.GROUP, CounterAudit.GROUP,
            KafkaEventPublication.PROCESSING_GROUP, "ReminderSagaProcessor");

    @Autowired
    CounterViewProjection projection;

    @Test
    void givenProcessedEvents_whenProcessorsListed_thenEachShowsSegmentsPositionHeadAndNoLag() {
        String counterId = newId("listed");
        commands.sendAndWait(new IncrementCounterCommand(counterId, 1, "x"));
        long head = count("SELECT max(globalindex) FROM domainevententry");

        await().atMost(TIMEOUT).untilAsserted(() -> {
            JsonNode processors = expect(adminGet("/api/admin/processors"), 200);
            assertThat(names(processors)).containsAll(STREAMING).contains(CounterGuard.GROUP).isSorted();
            for (String name : STREAMING) {
                JsonNode processor = byName(processors, name);
                assertThat(processor.get("kind").asString()).isEqualTo("streaming");
                assertThat(processor.get("running").asBoolean()).as("%s running", name).isTrue();
                assertThat(processor.get("error").asBoolean()).as("%s error", name).isFalse();
                assertThat(processor.get("segments").asInt()).as("%s segments", name).isGreaterThanOrEqualTo(1);
                assertThat(processor.get("segmentStatus")).hasSize(processor.get("segments").asInt());
                assertThat(processor.get("head").asLong()).as("%s head", name).isGreaterThanOrEqualTo(head);
                assertThat(processor.get("position").asLong()).as("%s position", name)
                        .isEqualTo(processor.get("head").asLong());
                assertThat(processor.get("lag").isNumber()).as("%s lag", name).isTrue();
                assertThat(processor.get("lag").asLong()).as("%s lag", name).isZero();
                assertThat(processor.get("replaying").asBoolean()).isFalse();
            }
            JsonNode guard = byName(processors, CounterGuard.GROUP);
            assertThat(guard.get("kind").asString()).isEqualTo("subscribing");
            assertThat(guard.get("supportsReplay").asBoolean()).isFalse();
            assertThat(byName(processors, CounterViewProjection.GROUP).get("supportsReplay").asBoolean()).isTrue();
            assertThat(byName(processors, KafkaEventPublication.PROCESSING_GROUP).get("supportsReplay").asBoolean())
                    .isFalse();
        });

        JsonNode one = expect(adminGet("/api/admin/processors/" + CounterViewProjection.GROUP), 200);
        assertThat(one.get("name").asString()).isEqualTo(CounterViewProjection.GROUP);
        assertThat(one.get("lag").asLong()).isZero();
    }

    @Test
    void givenAProjection_whenReplayed_thenTheResetHandlerClearsItAndIdenticalRowsAreRebuilt() {
        for (int i = 0; i < 3; i++) {
            String counterId = newId("replayed");
            commands.sendAndWait(new IncrementCounterCommand(counterId, i + 1, "one"));
            commands.sendAndWait(new IncrementCounterCommand(counterId, 10, "two"));
            commands.sendAndWait(new AddCounterNoteCommand(counterId, "note " + i));
        }
        int handledEvents = count("SELECT count(*) FROM domainevententry WHERE payloadtype IN (?, ?)",
                CounterIncrementedEvent.class.getName(), CounterNoteAddedEvent.class.getName());
        await().atMost(TIMEOUT).until(() -> lagOf(CounterViewProjection.GROUP) == 0);
        List<Map<String, Object>> before = rows();
        assertThat(before).hasSizeGreaterThanOrEqualTo(3);
        int resets = projection.resets();
        int replayed = projection.replayedEvents();

        JsonNode accepted = expect(adminPost("/api/admin/processors/" + CounterViewProjection.GROUP + "/replay"), 202);

        assertThat(accepted.get("status").asString()).isEqualTo("REPLAYING");
        assertThat(projection.resets()).isEqualTo(resets + 1);
        await().atMost(TIMEOUT).untilAsserted(() -> {
            assertThat(projection.replayedEvents() - replayed).isGreaterThanOrEqualTo(handledEvents);
            JsonNode processor = expect(adminGet("/api/admin/processors/" + CounterViewProjection.GROUP), 200);
            assertThat(processor.get("replaying").asBoolean()).isFalse();
            assertThat(processor.get("lag").isNumber()).isTrue();
            assertThat(processor.get("lag").asLong()).isZero();
        });
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void givenProcessorsThatMustNotReplay_whenReplayRequested_thenConflict() {
        commands.sendAndWait(new IncrementCounterCommand(newId("not-replayed"), 1, "x"));
        expect(adminPost("/api/admin/processors/" + KafkaEventPublication.PROCESSING_GROUP + "/replay"), 409);
        expect(adminPost("/api/admin/processors/" + CounterGuard.GROUP + "/replay"), 409);
        await().atMost(TIMEOUT).untilAsserted(() -> {
            JsonNode processor = expect(adminGet("/api/admin/processors/" + KafkaEventPublication.PROCESSING_GROUP),
                    200);
            assertThat(processor.get("lag").isNumber()).as("%s", processor).isTrue();
            assertThat(processor.get("lag").asLong()).isZero();
            assertThat(processor.get("replaying").asBoolean()).isFalse();
        });
    }

    @Test
    void givenAnUnknownProcessor_thenNotFound() {
        expect(adminGet("/api/admin/processors/no-such-processor"), 404);
        expect(adminPost("/api/admin/processors/no-such-processor/replay"), 404);
        expect(adminGet("/api/admin/processors/no-such-processor/dead-letters"), 404);
    }

    @Test
    void processorsAreForAdminsOnly() {
        expect(send(request("/api/admin/processors", null).GET()), 401);
        expect(send(request("/api/admin/processors", TRAVELER_TOKEN).GET()), 403);
        expect(send(request("/api/admin/processors/" + CounterViewProjection.GROUP + "/replay", TRAVELER_TOKEN)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())), 403);
        expect(send(request("/api/admin/processors/" + CounterViewProjection.GROUP + "/replay", null)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())), 401);
    }

    private List<Map<String, Object>> rows() {
        return dsl.fetch("SELECT * FROM counter_view ORDER BY counter_id").intoMaps();
    }

    private long lagOf(String name) {
        JsonNode lag = expect(adminGet("/api/admin/processors/" + name), 200).get("lag");
        return lag == null || lag.isNull() ? -1 : lag.asLong();
    }

    private static List<String> names(JsonNode processors) {
        return StreamSupport.stream(processors.spliterator(), false).map(p -> p.get("name").asString()).toList();
    }

    private static JsonNode byName(JsonNode processors, String name) {
        return StreamSupport.stream(processors.spliterator(), false)
                .filter(p -> name.equals(p.get("name").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no processor " + name + " in " + processors));
    }
}

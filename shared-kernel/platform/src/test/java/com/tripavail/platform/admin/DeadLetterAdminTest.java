package com.tripavail.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.platform.axon.testapp.AxonKafkaTestBase;
import com.tripavail.platform.axon.testapp.CounterApi.CounterIncrementedEvent;
import com.tripavail.platform.axon.testapp.CounterApi.IncrementCounterCommand;
import com.tripavail.platform.axon.testapp.CounterAudit;
import com.tripavail.platform.axon.testapp.CounterViewProjection;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Axon's JDBC dead-letter queue of the counter-audit processing group, through the admin API. */
class DeadLetterAdminTest extends AxonKafkaTestBase {

    private static final String DEAD_LETTERS = "/api/admin/processors/" + CounterAudit.GROUP + "/dead-letters";

    @Autowired
    CounterAudit audit;

    @Test
    void givenAFailingHandler_whenItsEventIsDeadLettered_thenOthersGoOnAndAdminsRetryOrDropIt() {
        audit.failing().set(true);
        try {
            // a poisoned aggregate: its first event fails, its second waits behind it in the same sequence
            String poisoned = newId("poisoned");
            commands.sendAndWait(new IncrementCounterCommand(poisoned, 1, CounterAudit.POISON_LABEL));
            commands.sendAndWait(new IncrementCounterCommand(poisoned, 1, "after"));
            String healthy = newId("healthy");
            commands.sendAndWait(new IncrementCounterCommand(healthy, 1, "fine"));
            String poisonEvent = eventId(poisoned, 0);
            String waitingEvent = eventId(poisoned, 1);

            await().atMost(TIMEOUT).until(() -> audit.handledEventIds().contains(eventId(healthy, 0)));
            List<JsonNode> letters = await().atMost(TIMEOUT).until(() -> deadLettersOf(poisoned), l -> l.size() == 2);
            assertThat(letters).extracting(l -> l.get("eventId").asString()).containsExactly(poisonEvent, waitingEvent);
            assertThat(letters.get(0).get("payloadType").asString()).isEqualTo(CounterIncrementedEvent.class.getName());
            assertThat(letters.get(0).get("cause").asString()).contains("IllegalStateException")
                    .contains("audit refuses poisoned counter " + poisoned);
            assertThat(audit.handledEventIds()).doesNotContain(poisonEvent, waitingEvent);
            JsonNode processor = expect(adminGet("/api/admin/processors/" + CounterAudit.GROUP), 200);
            assertThat(processor.get("deadLetters").asLong()).isGreaterThanOrEqualTo(2);
            assertThat(processor.get("error").asBoolean()).isFalse();

            // fixed: the retry hands the whole sequence back, in order
            audit.failing().set(false);
            JsonNode retried = expect(adminPost(DEAD_LETTERS + "/retry"), 200);
            assertThat(retried.get("sequencesProcessed").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(deadLettersOf(poisoned)).isEmpty();
            assertThat(audit.handledEventIds()).containsSubsequence(poisonEvent, waitingEvent);

            // broken again: a dead letter an admin drops is never handled
            audit.failing().set(true);
            String dropped = newId("dropped");
            commands.sendAndWait(new IncrementCounterCommand(dropped, 1, CounterAudit.POISON_LABEL));
            String droppedEvent = eventId(dropped, 0);
            await().atMost(TIMEOUT).until(() -> deadLettersOf(dropped), l -> l.size() == 1);
            expect(adminDelete(DEAD_LETTERS + "/" + droppedEvent), 204);
            assertThat(deadLettersOf(dropped)).isEmpty();
            expect(adminDelete(DEAD_LETTERS + "/" + droppedEvent), 404);
            audit.failing().set(false);
            expect(adminPost(DEAD_LETTERS + "/retry"), 200);
            assertThat(audit.handledEventIds()).doesNotContain(droppedEvent);
        } finally {
            audit.failing().set(true);
        }
    }

    @Test
    void givenAHandlerWhoseSqlFails_whenItsEventIsDeadLettered_thenTheBatchGoesOn() {
        audit.failing().set(true);
        try {
            String broken = newId("sql-broken");
            commands.sendAndWait(new IncrementCounterCommand(broken, 1, CounterAudit.SQL_POISON_LABEL));
            String healthy = newId("sql-healthy");
            commands.sendAndWait(new IncrementCounterCommand(healthy, 1, "fine"));

            await().atMost(TIMEOUT).until(() -> audit.handledEventIds().contains(eventId(healthy, 0)));
            List<JsonNode> letters = await().atMost(TIMEOUT).until(() -> deadLettersOf(broken), l -> l.size() == 1);
            assertThat(letters.get(0).get("cause").asString()).contains("division by zero");
            JsonNode processor = expect(adminGet("/api/admin/processors/" + CounterAudit.GROUP), 200);
            assertThat(processor.get("error").asBoolean()).isFalse();

            audit.failing().set(false);
            expect(adminPost(DEAD_LETTERS + "/retry"), 200);
            assertThat(deadLettersOf(broken)).isEmpty();
            assertThat(audit.handledEventIds()).contains(eventId(broken, 0));
        } finally {
            audit.failing().set(true);
        }
    }

    @Test
    void givenAGroupWithoutDeadLetterQueue_thenNotFound() {
        expect(adminGet("/api/admin/processors/" + CounterViewProjection.GROUP + "/dead-letters"), 404);
        expect(adminPost("/api/admin/processors/" + CounterViewProjection.GROUP + "/dead-letters/retry"), 404);
    }

    @Test
    void deadLettersAreForAdminsOnly() {
        expect(send(request(DEAD_LETTERS, null).GET()), 401);
        expect(send(request(DEAD_LETTERS, TRAVELER_TOKEN).GET()), 403);
    }

    private String eventId(String counterId, long sequence) {
        return dsl.fetchValue("SELECT eventidentifier FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND sequencenumber = ?", counterId, sequence).toString();
    }

    private List<JsonNode> deadLettersOf(String counterId) {
        JsonNode letters = expect(adminGet(DEAD_LETTERS), 200);
        return StreamSupport.stream(letters.spliterator(), false)
                .filter(l -> counterId.equals(l.get("sequence").asString())).toList();
    }
}

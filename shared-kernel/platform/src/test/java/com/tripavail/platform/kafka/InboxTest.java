package com.tripavail.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.platform.axon.testapp.AxonKafkaTestBase;
import com.tripavail.platform.axon.testapp.CounterInboundConsumer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** IntegrationEventListeners + InboxHandler + ParkedMessages on the real broker and database. */
class InboxTest extends AxonKafkaTestBase {

    @Autowired
    CounterInboundConsumer consumer;

    @Test
    void givenTheSameEnvelopeTwice_whenConsumed_thenItIsHandledOnce() {
        String key = newId("inbox");
        String eventId = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        String envelope = envelope(eventId, "test.Something", key, Map.of("n", 1));

        produce(inboundTopic, key, envelope, null);
        produce(inboundTopic, key, envelope, null);
        produce(inboundTopic, key, envelope(marker, "test.Something", key, Map.of("n", 2)), null);

        // the marker comes after the redelivery on the same partition
        await().atMost(TIMEOUT).until(() -> consumer.handledEventIds().contains(marker));
        assertThat(consumer.handledEventIds()).filteredOn(eventId::equals).hasSize(1);
        assertThat(count("SELECT count(*) FROM processed_message WHERE consumer = ? AND event_id = ?",
                CounterInboundConsumer.NAME, eventId)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM inbound_log WHERE event_id = ?", eventId)).isEqualTo(1);
    }

    @Test
    void givenRecordsHandled_thenTheConsumerGroupCommitsTheirOffsets() throws Exception {
        String key = newId("commit");
        String last = UUID.randomUUID().toString();
        for (int n = 0; n < 5; n++) {
            produce(inboundTopic, key, envelope(n == 4 ? last : UUID.randomUUID().toString(), "test.Something", key,
                    Map.of("n", n)), null);
        }
        await().atMost(TIMEOUT).until(() -> consumer.handledEventIds().contains(last));

        // Committed once per poll rather than per record, but committed: a restart does not read them again.
        try (Admin admin = Admin.create(kafka.getProducerFactory().getConfigurationProperties())) {
            String group = admin.listConsumerGroups().all().get().stream().map(g -> g.groupId())
                    .filter(id -> id.endsWith("." + CounterInboundConsumer.NAME)).findFirst().orElseThrow();
            Map<TopicPartition, Long> ends = new HashMap<>();
            for (TopicPartitionInfo partition : admin.describeTopics(List.of(inboundTopic)).allTopicNames().get()
                    .get(inboundTopic).partitions()) {
                TopicPartition topicPartition = new TopicPartition(inboundTopic, partition.partition());
                ends.put(topicPartition, admin.listOffsets(Map.of(topicPartition, OffsetSpec.latest())).all().get()
                        .get(topicPartition).offset());
            }
            await().atMost(TIMEOUT).untilAsserted(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                ends.forEach((partition, end) -> assertThat(end == 0 ? 0L
                        : committed.getOrDefault(partition, new OffsetAndMetadata(0)).offset())
                        .as("%s of %s", partition, group).isEqualTo(end));
            });
        }
    }

    @Test
    void givenMalformedAndPoisonMessages_whenConsumed_thenTheyAreParkedLaterOnesHandledAndAdminsRetryOrDropThem() {
        String key = newId("parking");
        String malformed = "not an envelope " + UUID.randomUUID();
        String poisonId = UUID.randomUUID().toString();
        String laterId = UUID.randomUUID().toString();
        consumer.failing().set(true);
        try {
            produce(inboundTopic, key, malformed, null);
            produce(inboundTopic, key, envelope(poisonId, CounterInboundConsumer.POISON_TYPE, key, Map.of()), null);
            produce(inboundTopic, key, envelope(laterId, "test.Something", key, Map.of()), null);

            await().atMost(TIMEOUT).until(() -> consumer.handledEventIds().contains(laterId));
            JsonNode parkedMalformed = await().atMost(TIMEOUT).until(() -> parked(malformed), p -> p != null);
            JsonNode parkedPoison = await().atMost(TIMEOUT).until(() -> parked(poisonId), p -> p != null);

            assertThat(parkedMalformed.get("consumer").asString()).isEqualTo(CounterInboundConsumer.NAME);
            assertThat(parkedMalformed.get("topic").asString()).isEqualTo(inboundTopic);
            assertThat(parkedMalformed.get("key").asString()).isEqualTo(key);
            assertThat(parkedMalformed.get("reason").asString()).isNotBlank();
            assertThat(parkedPoison.get("reason").asString()).contains("IllegalStateException")
                    .contains("cannot handle poison " + poisonId);
            assertThat(consumer.handledEventIds()).doesNotContain(poisonId);
            assertThat(count("SELECT count(*) FROM processed_message WHERE event_id = ?", poisonId)).isZero();

            // a retry that still fails is refused and keeps the message parked
            long poison = parkedPoison.get("id").asLong();
            expect(adminPost("/api/admin/parked-messages/" + poison + "/retry"), 409);
            assertThat(parked(poisonId)).isNotNull();

            consumer.failing().set(false);
            expect(adminPost("/api/admin/parked-messages/" + poison + "/retry"), 200);
            assertThat(consumer.handledEventIds()).containsOnlyOnce(poisonId);
            assertThat(parked(poisonId)).isNull();
            assertThat(count("SELECT count(*) FROM processed_message WHERE event_id = ?", poisonId)).isEqualTo(1);

            long malformedId = parkedMalformed.get("id").asLong();
            expect(adminDelete("/api/admin/parked-messages/" + malformedId), 204);
            assertThat(parked(malformed)).isNull();
            expect(adminDelete("/api/admin/parked-messages/" + malformedId), 404);
            expect(adminPost("/api/admin/parked-messages/" + malformedId + "/retry"), 404);
        } finally {
            consumer.failing().set(true);
        }
    }

    @Test
    void parkedMessagesAreForAdminsOnly() {
        expect(send(request("/api/admin/parked-messages", null).GET()), 401);
        expect(send(request("/api/admin/parked-messages", TRAVELER_TOKEN).GET()), 403);
    }

    /** The parked message whose payload contains {@code marker}, as the admin API lists it, or null. */
    private JsonNode parked(String marker) {
        JsonNode list = expect(adminGet("/api/admin/parked-messages"), 200);
        return StreamSupport.stream(list.spliterator(), false)
                .filter(m -> m.path("payload").asString("").contains(marker))
                .findFirst().orElse(null);
    }
}

package com.tripavail.platform.kafka;

import static com.tripavail.platform.jooq.Tables.PARKED_MESSAGE;

import com.tripavail.platform.jooq.tables.records.ParkedMessageRecord;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import tools.jackson.databind.json.JsonMapper;

/** Kafka messages a consumer gave up on, kept with the reason until an admin retries or drops them. */
public class ParkedMessages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record ParkedMessage(long id, String consumer, String topic, int partition, long offset, String key,
                                String payload, String reason, OffsetDateTime parkedAt) {
    }

    private final DSLContext dsl;
    private final Clock clock;

    public ParkedMessages(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public void park(String consumer, ConsumerRecord<?, ?> record, Throwable cause) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        Object value = record.value();
        dsl.insertInto(PARKED_MESSAGE)
                .set(PARKED_MESSAGE.CONSUMER, consumer)
                .set(PARKED_MESSAGE.TOPIC, record.topic())
                .set(PARKED_MESSAGE.PARTITION, record.partition())
                .set(PARKED_MESSAGE.OFFSET, record.offset())
                .set(PARKED_MESSAGE.MESSAGE_KEY, record.key() == null ? null : record.key().toString())
                .set(PARKED_MESSAGE.PAYLOAD, value == null ? null : value.toString().getBytes(StandardCharsets.UTF_8))
                .set(PARKED_MESSAGE.HEADERS, JSONB.valueOf(JSON.writeValueAsString(headers)))
                .set(PARKED_MESSAGE.REASON, reasonOf(cause))
                .set(PARKED_MESSAGE.PARKED_AT, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
    }

    public List<ParkedMessage> list() {
        return dsl.selectFrom(PARKED_MESSAGE).orderBy(PARKED_MESSAGE.ID).fetch(ParkedMessages::toView);
    }

    public Optional<ParkedMessage> find(long id) {
        return dsl.selectFrom(PARKED_MESSAGE).where(PARKED_MESSAGE.ID.eq(id)).fetchOptional(ParkedMessages::toView);
    }

    /** Rebuilds the record as the consumer first saw it, for a retry. */
    public Optional<ConsumerRecord<String, String>> asRecord(long id) {
        return dsl.selectFrom(PARKED_MESSAGE).where(PARKED_MESSAGE.ID.eq(id)).fetchOptional().map(r -> {
            RecordHeaders headers = new RecordHeaders();
            JSON.readTree(r.getHeaders().data()).properties().forEach(header -> headers.add(header.getKey(),
                    header.getValue().isNull() ? null : header.getValue().asString().getBytes(StandardCharsets.UTF_8)));
            String payload = r.getPayload() == null ? null : new String(r.getPayload(), StandardCharsets.UTF_8);
            return new ConsumerRecord<>(r.getTopic(), r.getPartition(), r.getOffset(), ConsumerRecord.NO_TIMESTAMP,
                    TimestampType.NO_TIMESTAMP_TYPE, ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE,
                    r.getMessageKey(), payload, headers, Optional.empty());
        });
    }

    public boolean drop(long id) {
        return dsl.deleteFrom(PARKED_MESSAGE).where(PARKED_MESSAGE.ID.eq(id)).execute() > 0;
    }

    private static ParkedMessage toView(ParkedMessageRecord r) {
        return new ParkedMessage(r.getId(), r.getConsumer(), r.getTopic(), r.getPartition(), r.getOffset(),
                r.getMessageKey(), r.getPayload() == null ? null : new String(r.getPayload(), StandardCharsets.UTF_8),
                r.getReason(), r.getParkedAt());
    }

    private static String reasonOf(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root.getClass().getName() + ": " + root.getMessage();
        return reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    }
}

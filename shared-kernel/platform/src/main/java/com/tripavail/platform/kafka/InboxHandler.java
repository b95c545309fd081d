package com.tripavail.platform.kafka;

import static com.tripavail.platform.jooq.Tables.PROCESSED_MESSAGE;

import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Topics;
import com.tripavail.platform.tracing.TraceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jooq.DSLContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles one Kafka record exactly once in effect: the envelope's eventId is inserted into
 * {@code processed_message} in the same transaction as the consumer's effect, so a
 * redelivery finds the row and changes nothing.
 */
public class InboxHandler {

    private final DSLContext dsl;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public InboxHandler(DSLContext dsl, TransactionTemplate transactions, Clock clock) {
        this.dsl = dsl;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return true if the consumer handled it, false if it was a duplicate */
    public boolean handle(IntegrationEventConsumer consumer, ConsumerRecord<String, String> record) {
        EventEnvelope envelope = ContractJson.read(record.value());
        Header traceHeader = record.headers().lastHeader(Topics.TRACEPARENT_HEADER);
        TraceContext.set(TraceContext.continueOrStart(
                traceHeader == null ? null : new String(traceHeader.value(), StandardCharsets.UTF_8)));
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                int recorded = dsl.insertInto(PROCESSED_MESSAGE)
                        .set(PROCESSED_MESSAGE.CONSUMER, consumer.name())
                        .set(PROCESSED_MESSAGE.EVENT_ID, envelope.eventId())
                        .set(PROCESSED_MESSAGE.PROCESSED_AT, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .onConflictDoNothing()
                        .execute();
                if (recorded == 0) {
                    return false;
                }
                consumer.handle(envelope);
                return true;
            }));
        } finally {
            TraceContext.clear();
        }
    }
}

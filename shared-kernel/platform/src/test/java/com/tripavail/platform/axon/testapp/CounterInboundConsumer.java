package com.tripavail.platform.axon.testapp;

import com.tripavail.contracts.EventEnvelope;
import com.tripavail.platform.kafka.IntegrationEventConsumer;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Consumes envelopes from the inbound test topic: records each one (in memory and, in the inbox
 * transaction, in {@code inbound_log}); refuses {@value #POISON_TYPE} while {@link #failing()} is set.
 */
@Component
public class CounterInboundConsumer implements IntegrationEventConsumer {

    public static final String NAME = "counter-inbound";
    public static final String POISON_TYPE = "test.Poison";

    private final DSLContext dsl;
    private final String topic;
    private final AtomicBoolean failing = new AtomicBoolean(true);
    private final List<String> handledEventIds = new CopyOnWriteArrayList<>();

    public CounterInboundConsumer(DSLContext dsl, @Value("${counter-test.inbound-topic}") String topic) {
        this.dsl = dsl;
        this.topic = topic;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Collection<String> topics() {
        return List.of(topic);
    }

    @Override
    public void handle(EventEnvelope envelope) {
        if (POISON_TYPE.equals(envelope.type()) && failing.get()) {
            throw new IllegalStateException("cannot handle poison " + envelope.eventId());
        }
        dsl.execute("INSERT INTO inbound_log (event_id, type) VALUES (?, ?)", envelope.eventId(), envelope.type());
        handledEventIds.add(envelope.eventId());
    }

    public AtomicBoolean failing() {
        return failing;
    }

    public List<String> handledEventIds() {
        return List.copyOf(handledEventIds);
    }
}

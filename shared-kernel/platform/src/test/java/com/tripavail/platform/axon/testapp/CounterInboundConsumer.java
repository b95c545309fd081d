package com.tripavail.platform.axon.testapp;

import com.tripavail.contracts.EventEnvelope;
import com.tripavail.platform.kafka.IntegrationEventConsumer;
import com.tripavail.platform.tracing.TraceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<String, String> traceparents = new ConcurrentHashMap<>();

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
        TraceContext.current().ifPresent(traceparent -> traceparents.put(envelope.eventId(), traceparent));
        handledEventIds.add(envelope.eventId());
    }

    public AtomicBoolean failing() {
        return failing;
    }

    public List<String> handledEventIds() {
        return List.copyOf(handledEventIds);
    }

    /** The trace context each handled envelope ran in, by eventId. */
    public Map<String, String> traceparents() {
        return Map.copyOf(traceparents);
    }
}

package com.tripavail.platform.kafka;

import com.tripavail.contracts.EventEnvelope;
import java.util.Collection;

/**
 * A service's reaction to other services' published events. The platform runs one Kafka
 * consumer group per implementation ({@code <spring.application.name>.<name()>}), calls
 * {@link #handle} inside a database transaction that also records the envelope's eventId
 * (so a redelivered message is skipped), retries a failing message a few times and then
 * parks it with the reason in {@code parked_message}.
 */
public interface IntegrationEventConsumer {

    /** Stable name: part of the consumer group id and of the dedupe key. */
    String name();

    Collection<String> topics();

    /**
     * Whether this consumer acts on envelopes of {@code type} (the record's type header). Others on
     * its topics are passed over without a transaction or an inbox row: on a busy topic most
     * messages are for someone else, and each would otherwise cost a database round trip.
     */
    default boolean accepts(String type) {
        return true;
    }

    /** Runs in the transaction that records the eventId; throw to roll both back and retry. */
    void handle(EventEnvelope envelope);
}

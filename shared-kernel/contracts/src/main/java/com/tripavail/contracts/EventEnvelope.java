package com.tripavail.contracts;

import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The JSON value of every message on a {@code tripavail.*} topic.
 *
 * @param eventId     unique id of the event; consumers deduplicate by it
 * @param type        the contract's {@link EventContract#type()}
 * @param version     the contract's {@link EventContract#version()}
 * @param occurredAt  when the event happened (UTC)
 * @param aggregateId the aggregate that emitted it; also the Kafka key
 * @param sequence    the event's position within its aggregate's stream
 * @param payload     the contract record as JSON
 */
public record EventEnvelope(String eventId, String type, int version, Instant occurredAt,
                            String aggregateId, long sequence, JsonNode payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
    }
}

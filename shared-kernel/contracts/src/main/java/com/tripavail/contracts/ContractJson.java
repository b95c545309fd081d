package com.tripavail.contracts;

import java.time.Instant;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes envelopes and contract payloads. Unknown properties are ignored on
 * read, so a consumer keeps working when a publisher adds fields within a version.
 */
public final class ContractJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ContractJson() {
    }

    /** Wraps a contract record, taking type and version from its {@link EventContract}. */
    public static EventEnvelope wrap(String eventId, Instant occurredAt, String aggregateId, long sequence,
                                     Object contract) {
        EventContract meta = contractOf(contract.getClass());
        return new EventEnvelope(eventId, meta.type(), meta.version(), occurredAt, aggregateId, sequence,
                MAPPER.valueToTree(contract));
    }

    public static String write(EventEnvelope envelope) {
        return MAPPER.writeValueAsString(envelope);
    }

    /** @throws tools.jackson.core.JacksonException when the text is not an envelope */
    public static EventEnvelope read(String json) {
        return MAPPER.readValue(json, EventEnvelope.class);
    }

    public static <T> T payload(EventEnvelope envelope, Class<T> contractType) {
        EventContract meta = contractOf(contractType);
        if (!meta.type().equals(envelope.type())) {
            throw new IllegalArgumentException(
                    "envelope holds " + envelope.type() + ", not " + meta.type());
        }
        return MAPPER.treeToValue(envelope.payload(), contractType);
    }

    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    public static EventContract contractOf(Class<?> type) {
        EventContract meta = type.getAnnotation(EventContract.class);
        if (meta == null) {
            throw new IllegalArgumentException(type.getName() + " is not annotated with @EventContract");
        }
        return meta;
    }
}

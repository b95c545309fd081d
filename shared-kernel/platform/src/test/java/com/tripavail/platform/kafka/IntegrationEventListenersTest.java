package com.tripavail.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class IntegrationEventListenersTest {

    private final IntegrationEventConsumer onlyHolds = new IntegrationEventConsumer() {
        @Override
        public String name() {
            return "holds";
        }

        @Override
        public Collection<String> topics() {
            return List.of(Topics.BOOKING_EVENTS);
        }

        @Override
        public boolean accepts(String type) {
            return type.equals("booking.HoldRequested");
        }

        @Override
        public void handle(EventEnvelope envelope) {
        }
    };

    @Test
    void aRecordIsPassedOverWhenItsTypeHeaderNamesATypeTheConsumerDoesNotAccept() {
        assertThat(IntegrationEventListeners.acceptedBy(onlyHolds, record("booking.HoldRequested"))).isTrue();
        assertThat(IntegrationEventListeners.acceptedBy(onlyHolds, record("booking.BookingCompleted"))).isFalse();
    }

    @Test
    void aRecordWithoutATypeHeaderIsReadAndJudgedByItsEnvelope() {
        assertThat(IntegrationEventListeners.acceptedBy(onlyHolds, record(null))).isTrue();
    }

    private static ConsumerRecord<String, String> record(String type) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.BOOKING_EVENTS, 0, 0L, "key", "{}");
        if (type != null) {
            record.headers().add(Topics.TYPE_HEADER, type.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}

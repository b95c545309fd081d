package com.tripavail.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.platform.axon.testapp.AxonKafkaTestBase;
import com.tripavail.platform.axon.testapp.CounterInboundConsumer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A consumed Kafka message continues the publisher's trace (its traceparent header) while it is handled. */
class InboundTraceparentTest extends AxonKafkaTestBase {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

    @Autowired
    CounterInboundConsumer consumer;

    @Test
    void givenATraceparentHeader_whenConsumed_thenTheHandlerRunsInTheSameTrace() {
        String key = newId("traced");
        String traced = UUID.randomUUID().toString();
        String untraced = UUID.randomUUID().toString();

        produce(inboundTopic, key, envelope(traced, "test.Traced", key, Map.of()),
                "00-" + TRACE_ID + "-b7ad6b7169203331-01");
        produce(inboundTopic, key, envelope(untraced, "test.Traced", key, Map.of()), null);

        await().atMost(TIMEOUT).until(() -> consumer.handledEventIds().contains(untraced));
        assertThat(consumer.traceparents().get(traced)).startsWith("00-" + TRACE_ID + "-")
                .isNotEqualTo("00-" + TRACE_ID + "-b7ad6b7169203331-01");
        // without a header a new trace starts
        assertThat(consumer.traceparents().get(untraced)).matches(TraceContext::isValid)
                .doesNotContain(TRACE_ID);
        assertThat(TraceContext.current()).isEmpty();
    }
}

package com.tripavail.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its beginning for a test, with a plain {@link KafkaConsumer} in a consumer group of its own:
 *
 * <pre>{@code
 * try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe("booking-events")) {
 *     ConsumerRecord<String, String> record =
 *             consumer.awaitRecord(r -> r.key().equals(bookingId), Duration.ofSeconds(10));
 * }
 * }</pre>
 *
 * Every record received is kept: each {@code await} call looks at all of them, from the first, before it polls for
 * more; so the order of the calls does not matter and nothing is lost between them. Only committed records of
 * transactional producers are seen ({@code isolation.level=read_committed}). Not thread-safe (nor is a
 * {@link KafkaConsumer}): use it from the test's thread.
 */
public final class KafkaTestConsumer implements AutoCloseable {

    private static final Duration MAX_POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, String> consumer;

    private final String topic;

    private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

    private KafkaTestConsumer(KafkaConsumer<String, String> consumer, String topic) {
        this.consumer = consumer;
        this.topic = topic;
    }

    /** Subscribes to {@code topic} on the JVM's shared broker ({@link TestInfrastructure#kafka()}). */
    public static KafkaTestConsumer subscribe(String topic) {
        return subscribe(TestInfrastructure.kafka(), topic);
    }

    /** Subscribes to {@code topic} on the given broker, in a new consumer group, from the earliest offset. */
    public static KafkaTestConsumer subscribe(KafkaInstance kafka, String topic) {
        String groupId = "kafka-test-consumer-" + UUID.randomUUID();
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.CLIENT_ID_CONFIG, groupId,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        try {
            consumer.subscribe(List.of(topic));
        }
        catch (RuntimeException e) {
            consumer.close(CloseOptions.timeout(Duration.ZERO));
            throw e;
        }
        return new KafkaTestConsumer(consumer, topic);
    }

    /**
     * The first record received (so far or within {@code timeout}) that matches {@code predicate}.
     *
     * @throws AssertionError when none arrives in time
     */
    public ConsumerRecord<String, String> awaitRecord(Predicate<ConsumerRecord<String, String>> predicate,
            Duration timeout) {
        return awaitRecords(predicate, 1, timeout).get(0);
    }

    /**
     * The first {@code count} records received (so far or within {@code timeout}) that match {@code predicate}.
     *
     * @throws AssertionError when fewer arrive in time
     */
    public List<ConsumerRecord<String, String>> awaitRecords(Predicate<ConsumerRecord<String, String>> predicate,
            int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = 0;
        List<ConsumerRecord<String, String>> matches = new ArrayList<>(count);
        while (true) {
            for (; checked < received.size() && matches.size() < count; checked++) {
                if (predicate.test(received.get(checked))) {
                    matches.add(received.get(checked));
                }
            }
            if (matches.size() >= count) {
                return matches;
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new AssertionError("Expected " + count + " matching record(s) on topic " + topic + " within "
                        + timeout + ", found " + matches.size() + " among the " + received.size() + " received");
            }
            // Returns as soon as records arrive; no sleeping.
            Duration poll = Duration.ofNanos(Math.min(remaining, MAX_POLL.toNanos()));
            consumer.poll(poll).forEach(received::add);
        }
    }

    /** Polls for whatever is available now (at most {@code timeout}) and returns every record received so far. */
    public List<ConsumerRecord<String, String>> poll(Duration timeout) {
        consumer.poll(timeout).forEach(received::add);
        return List.copyOf(received);
    }

    /** Every record received so far, in the order received. */
    public List<ConsumerRecord<String, String>> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
}

package com.tripavail.loadtest;

import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Where a booking's time goes between the services: a plain Kafka consumer of booking's and
 * inventory's topics that notes, per booking and contract type, when the event happened (its
 * {@code occurredAt}, stamped by the service as it applied the event, just before its commit) and
 * when it became readable on Kafka. With the client's own request times (same machine, same
 * clock) they split the hold acknowledgement and the confirmation into stages.
 */
final class BookingEventTimeline implements AutoCloseable {

    static final String HOLD_REQUESTED = "booking.HoldRequested";
    static final String INVENTORY_HELD = "inventory.InventoryHeld";
    static final String BOOKING_HELD = "booking.BookingHeld";
    static final String PAYMENT_PENDING = "booking.BookingPaymentPending";
    static final String BOOKING_CONFIRMED = "booking.BookingConfirmed";
    static final String INVENTORY_SOLD = "inventory.InventorySold";
    private static final Set<String> NOTED = Set.of(HOLD_REQUESTED, INVENTORY_HELD, BOOKING_HELD, PAYMENT_PENDING,
            BOOKING_CONFIRMED, INVENTORY_SOLD);

    /** Microseconds since the epoch: when it happened, when this consumer had it. */
    record Seen(long occurred, long received) {
    }

    private final Map<String, Map<String, Seen>> byBooking = new ConcurrentHashMap<>();
    private final AtomicBoolean consuming = new AtomicBoolean(true);
    private final Thread consumer;

    private BookingEventTimeline(String bootstrap, CountDownLatch ready) {
        consumer = Thread.ofPlatform().name("timeline-consumer").daemon().start(() -> consume(bootstrap, ready));
    }

    /** Starts reading at the topics' ends; returns once positioned. */
    static BookingEventTimeline start(String bootstrap) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        BookingEventTimeline timeline = new BookingEventTimeline(bootstrap, ready);
        ready.await();
        return timeline;
    }

    /** The booking's noted events by contract type (empty when none was seen). */
    Map<String, Seen> of(String bookingId) {
        return byBooking.getOrDefault(bookingId, Map.of());
    }

    private void consume(String bootstrap, CountDownLatch ready) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        // fetch.min.bytes stays 1: the broker answers as soon as a record is there; this only bounds an empty poll
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "20");
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.BOOKING_EVENTS, Topics.INVENTORY_EVENTS)) {
                kafka.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            kafka.assign(partitions);
            kafka.seekToEnd(partitions);
            partitions.forEach(kafka::position);
            ready.countDown();
            while (consuming.get()) {
                for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(50))) {
                    long received = BookingJourney.Clock.micros();
                    EventEnvelope envelope = ContractJson.read(record.value());
                    if (NOTED.contains(envelope.type())) {
                        String bookingId = envelope.payload().path("bookingId").asString();
                        if (bookingId != null && !bookingId.isEmpty()) {
                            byBooking.computeIfAbsent(bookingId, id -> new ConcurrentHashMap<>())
                                    .putIfAbsent(envelope.type(), new Seen(micros(envelope.occurredAt()), received));
                        }
                    }
                }
            }
        } finally {
            ready.countDown();
        }
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1000;
    }

    @Override
    public void close() {
        consuming.set(false);
        try {
            consumer.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

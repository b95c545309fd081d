package com.tripavail.inventory.hold;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Topics;
import com.tripavail.contracts.booking.HoldConfirmed;
import com.tripavail.contracts.booking.HoldReleaseRequested;
import com.tripavail.contracts.booking.HoldRequested;
import com.tripavail.contracts.inventory.InventoryHeld;
import com.tripavail.contracts.inventory.InventoryHoldRejected;
import com.tripavail.contracts.inventory.InventoryReleased;
import com.tripavail.contracts.inventory.InventorySold;
import com.tripavail.inventory.InventoryIntegrationTest;
import com.tripavail.inventory.command.hold.HoldTables;
import com.tripavail.testsupport.KafkaTestConsumer;
import com.tripavail.testsupport.TestInfrastructure;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Booking's side of flow 2 through a real broker: HoldRequested envelopes in on
 * {@code tripavail.booking.events}, InventoryHeld / InventoryHoldRejected / InventoryReleased /
 * InventorySold out on {@code tripavail.inventory.events}.
 */
@InventoryIntegrationTest
class HoldKafkaTest {

    static final LocalDate CHECK_IN = LocalDate.of(2027, 4, 1);
    static final Duration WAIT = Duration.ofSeconds(30);

    static KafkaProducer<String, String> producer;

    @Autowired
    CommandGateway commands;
    @Autowired
    HoldTables tables;
    @Autowired
    DSLContext dsl;

    @BeforeAll
    static void producer() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    @AfterAll
    static void close() {
        producer.close();
    }

    HoldTestWorld world() {
        return new HoldTestWorld(commands, tables, dsl);
    }

    static EventEnvelope envelope(String bookingId, Object contract) {
        return ContractJson.wrap(UUID.randomUUID().toString(), Instant.now(), bookingId, 1, contract);
    }

    static void send(EventEnvelope envelope) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.BOOKING_EVENTS, envelope.aggregateId(),
                ContractJson.write(envelope));
        record.headers().add(Topics.TYPE_HEADER, envelope.type().getBytes());
        producer.send(record).get();
    }

    static Predicate<ConsumerRecord<String, String>> answer(String type, String holdId) {
        return r -> {
            EventEnvelope e = ContractJson.read(r.value());
            return e.type().equals(type) && holdId.equals(e.payload().path("holdId").asString());
        };
    }

    @Test
    void holdRequested_isHeld_withPricesInForce_thenReleased() throws Exception {
        String roomTypeId = world().publishedCalendar("provider-k1", CHECK_IN, 5, 3);
        String holdId = HoldTestWorld.id("hold");
        String bookingId = HoldTestWorld.id("booking");
        try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(Topics.INVENTORY_EVENTS)) {
            send(envelope(bookingId, new HoldRequested(holdId, bookingId, "STAY", roomTypeId, null, CHECK_IN,
                    CHECK_IN.plusDays(2), 2, 3, Instant.now())));

            ConsumerRecord<String, String> record = consumer.awaitRecord(answer("inventory.InventoryHeld", holdId), WAIT);
            assertThat(record.key()).isEqualTo(roomTypeId);
            InventoryHeld held = ContractJson.payload(ContractJson.read(record.value()), InventoryHeld.class);
            assertThat(held.bookingId()).isEqualTo(bookingId);
            assertThat(held.providerId()).isEqualTo("provider-k1");
            assertThat(held.units()).isEqualTo(2);
            assertThat(held.prices()).extracting(p -> p.date()).containsExactly(CHECK_IN, CHECK_IN.plusDays(1));
            assertThat(held.total().amount()).isEqualByComparingTo(new BigDecimal("400"));

            send(envelope(bookingId, new HoldReleaseRequested(holdId, bookingId, "EXPIRED_HOLD", Instant.now())));
            InventoryReleased released = ContractJson.payload(ContractJson.read(
                    consumer.awaitRecord(answer("inventory.InventoryReleased", holdId), WAIT).value()),
                    InventoryReleased.class);
            assertThat(released.bookingId()).isEqualTo(bookingId);
        }
    }

    @Test
    void holdConfirmed_isSold() throws Exception {
        String roomTypeId = world().publishedCalendar("provider-k2", CHECK_IN, 2, 1);
        String holdId = HoldTestWorld.id("hold");
        String bookingId = HoldTestWorld.id("booking");
        try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(Topics.INVENTORY_EVENTS)) {
            send(envelope(bookingId, new HoldRequested(holdId, bookingId, "STAY", roomTypeId, null, CHECK_IN,
                    CHECK_IN.plusDays(1), 1, 1, Instant.now())));
            consumer.awaitRecord(answer("inventory.InventoryHeld", holdId), WAIT);
            send(envelope(bookingId, new HoldConfirmed(holdId, bookingId, Instant.now())));
            InventorySold sold = ContractJson.payload(ContractJson.read(
                    consumer.awaitRecord(answer("inventory.InventorySold", holdId), WAIT).value()), InventorySold.class);
            assertThat(sold.bookingId()).isEqualTo(bookingId);
        }
    }

    @Test
    void redeliveredHoldRequest_isAnsweredOnce() throws Exception {
        String roomTypeId = world().publishedCalendar("provider-k3", CHECK_IN, 2, 5);
        String holdId = HoldTestWorld.id("hold");
        String bookingId = HoldTestWorld.id("booking");
        HoldRequested request = new HoldRequested(holdId, bookingId, "STAY", roomTypeId, null, CHECK_IN,
                CHECK_IN.plusDays(2), 1, 1, Instant.now());
        EventEnvelope first = envelope(bookingId, request);
        try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(Topics.INVENTORY_EVENTS)) {
            send(first);
            send(first);                             // the same message again (inbox: same eventId)
            send(envelope(bookingId, request));      // booking re-sent it (new eventId, same holdId)
            // a marker request behind them on the same partition: once it is answered, the three were handled
            String markerHold = HoldTestWorld.id("marker");
            send(envelope(bookingId, new HoldRequested(markerHold, bookingId, "STAY", roomTypeId, null, CHECK_IN,
                    CHECK_IN.plusDays(1), 1, 1, Instant.now())));
            consumer.awaitRecord(answer("inventory.InventoryHeld", markerHold), WAIT);
            consumer.poll(Duration.ofSeconds(2));

            List<ConsumerRecord<String, String>> answers = consumer.received().stream()
                    .filter(r -> answer("inventory.InventoryHeld", holdId).test(r)
                            || answer("inventory.InventoryHoldRejected", holdId).test(r))
                    .toList();
            assertThat(answers).hasSize(1);
            assertThat(ContractJson.read(answers.getFirst().value()).type()).isEqualTo("inventory.InventoryHeld");
        }
    }

    @Test
    void soldOutAndUnknownProductAndUnpublished_areRejectedWithTheReason() throws Exception {
        String roomTypeId = world().publishedCalendar("provider-k4", CHECK_IN, 2, 1);
        String[] tour = world().publishedDeparture("provider-k4", CHECK_IN, 2);
        String bookingId = HoldTestWorld.id("booking");
        String first = HoldTestWorld.id("hold");
        String soldOut = HoldTestWorld.id("hold");
        String unknown = HoldTestWorld.id("hold");
        String seats = HoldTestWorld.id("hold");
        String tooManySeats = HoldTestWorld.id("hold");
        try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(Topics.INVENTORY_EVENTS)) {
            send(envelope(bookingId, new HoldRequested(first, bookingId, "STAY", roomTypeId, null, CHECK_IN,
                    CHECK_IN.plusDays(1), 1, 1, Instant.now())));
            send(envelope(bookingId, new HoldRequested(soldOut, bookingId, "STAY", roomTypeId, null, CHECK_IN,
                    CHECK_IN.plusDays(2), 1, 1, Instant.now())));
            send(envelope(bookingId, new HoldRequested(unknown, bookingId, "STAY", "no-such-room", null, CHECK_IN,
                    CHECK_IN.plusDays(1), 1, 1, Instant.now())));
            send(envelope(bookingId, new HoldRequested(seats, bookingId, "TOUR_PACKAGE", tour[0], tour[1], null, null,
                    2, 2, Instant.now())));
            send(envelope(bookingId, new HoldRequested(tooManySeats, bookingId, "TOUR_PACKAGE", tour[0], tour[1], null,
                    null, 1, 1, Instant.now())));

            consumer.awaitRecord(answer("inventory.InventoryHeld", first), WAIT);
            assertThat(rejection(consumer, soldOut).reason()).isEqualTo("SOLD_OUT");
            assertThat(rejection(consumer, unknown).reason()).isEqualTo("UNKNOWN_PRODUCT");
            InventoryHeld seatHold = ContractJson.payload(ContractJson.read(
                    consumer.awaitRecord(answer("inventory.InventoryHeld", seats), WAIT).value()), InventoryHeld.class);
            assertThat(seatHold.productType()).isEqualTo("TOUR_PACKAGE");
            assertThat(seatHold.total().amount()).isEqualByComparingTo("3000");
            assertThat(rejection(consumer, tooManySeats).reason()).isEqualTo("SOLD_OUT");
        }
    }

    private static InventoryHoldRejected rejection(KafkaTestConsumer consumer, String holdId) {
        return ContractJson.payload(ContractJson.read(
                consumer.awaitRecord(answer("inventory.InventoryHoldRejected", holdId), WAIT).value()),
                InventoryHoldRejected.class);
    }
}

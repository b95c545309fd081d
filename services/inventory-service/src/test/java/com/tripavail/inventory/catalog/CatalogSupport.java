package com.tripavail.inventory.catalog;

import static com.tripavail.inventory.jooq.Tables.PROVIDER_STANDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Topics;
import com.tripavail.contracts.onboarding.ProviderRegistered;
import com.tripavail.contracts.onboarding.ProviderVerificationChanged;
import com.tripavail.testsupport.HttpApi;
import com.tripavail.testsupport.TestInfrastructure;
import com.tripavail.testsupport.TestJwt;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jooq.DSLContext;

/**
 * What the catalogue's integration tests share: the HTTP client, providers made the way
 * onboarding makes them (real envelopes on {@code tripavail.onboarding.events}), and
 * request bodies for products.
 */
final class CatalogSupport {

    /** A provider as the tests drive it: its user's token and its id. */
    record Provider(String userId, String providerId, String token) {
    }

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static volatile KafkaProducer<String, String> producer;

    final HttpApi api;
    final DSLContext dsl;

    CatalogSupport(int port, DSLContext dsl) {
        this.api = new HttpApi(port);
        this.dsl = dsl;
    }

    static String admin() {
        return TestJwt.token("admin", "ADMIN");
    }

    static String traveller() {
        return TestJwt.token("traveller-" + UUID.randomUUID(), "TRAVELER");
    }

    /** A provider registered and then moved to {@code status} by onboarding's events; waits until inventory knows. */
    Provider provider(String providerType, String status) {
        String userId = "user-" + UUID.randomUUID();
        String providerId = "prov-" + UUID.randomUUID();
        Instant registeredAt = Instant.parse("2026-01-01T00:00:00Z");
        send(providerId, new ProviderRegistered(providerId, userId, providerType, "Business " + providerId, "Udaipur",
                "IN", registeredAt));
        if (!"NOT_STARTED".equals(status)) {
            verification(providerId, userId, providerType, status, registeredAt.plusSeconds(60));
        }
        awaitStanding(providerId, status);
        return new Provider(userId, providerId, TestJwt.token(userId, "TRAVELER", "PROVIDER"));
    }

    void verification(String providerId, String userId, String providerType, String status, Instant at) {
        send(providerId, new ProviderVerificationChanged(providerId, userId, providerType, status, null, null, at));
    }

    void awaitStanding(String providerId, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                dsl.select(PROVIDER_STANDING.STATUS).from(PROVIDER_STANDING)
                        .where(PROVIDER_STANDING.PROVIDER_ID.eq(providerId)).fetchOne(PROVIDER_STANDING.STATUS))
                .as("standing of %s", providerId).isEqualTo(status));
    }

    /** Publishes one contract as onboarding would: an envelope keyed by the provider id. */
    static String send(String providerId, Object contract) {
        String eventId = UUID.randomUUID().toString();
        EventEnvelope envelope = ContractJson.wrap(eventId, Instant.now(), providerId, SEQUENCE.incrementAndGet(),
                contract);
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ONBOARDING_EVENTS, providerId,
                ContractJson.write(envelope));
        record.headers().add(Topics.TYPE_HEADER, envelope.type().getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return eventId;
    }

    /** Sends the same envelope text again (a redelivery). */
    static void resend(String providerId, String envelopeJson) throws Exception {
        producer().send(new ProducerRecord<>(Topics.ONBOARDING_EVENTS, providerId, envelopeJson)).get();
    }

    private static KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (CatalogSupport.class) {
                if (producer == null) {
                    producer = new KafkaProducer<>(Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                            ProducerConfig.ACKS_CONFIG, "all",
                            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
                }
            }
        }
        return producer;
    }

    // ---- product bodies --------------------------------------------------------------------------

    static Map<String, Object> listing(String name, String city) {
        return Map.of("name", name, "description", "A test hotel", "addressLine", "1 Test Road", "city", city,
                "countryCode", "IN", "location", Map.of("latitude", 24.58, "longitude", 73.68),
                "timeZone", "Asia/Kolkata", "checkInTime", "14:00", "checkOutTime", "11:00",
                "amenities", List.of("wifi", "pool"));
    }

    static Map<String, Object> roomType(String name, int capacity, String price, int units) {
        return Map.of("name", name, "capacity", capacity, "bedConfiguration", "1 king",
                "basePrice", Map.of("amount", new java.math.BigDecimal(price), "currency", "INR"), "units", units);
    }

    static Map<String, Object> hotelPackage(String listingId, String roomTypeId, String rule) {
        return Map.of("listingId", listingId, "roomTypeIds", List.of(roomTypeId), "template", "WEEKEND_GETAWAY",
                "title", "Weekend by the lake", "description", "Two nights", "pricePerPerson",
                Map.of("amount", 5000, "currency", "INR"), "nights", 2, "inclusions", List.of("breakfast"),
                "availabilityRule", rule);
    }

    static Map<String, Object> tourPackage(String city) {
        return Map.of("title", "Old city walk", "description", "Three days", "city", city, "durationDays", 3,
                "itinerary", List.of(Map.of("day", 1, "title", "Fort"), Map.of("day", 2, "title", "Lake")),
                "pickups", List.of(Map.of("name", "Station", "city", city,
                        "location", Map.of("latitude", 24.5, "longitude", 73.7), "dropOff", false)),
                "maxSeats", 12);
    }

    static Map<String, Object> departure(LocalDate date, int seats) {
        return Map.of("departureDate", date.toString(), "seats", seats,
                "pricePerSeat", Map.of("amount", 2500, "currency", "INR"));
    }

    /** A listing with one room type, created by {@code owner}: [listingId, roomTypeId]. */
    String[] listingWithRoomType(Provider owner, String name, String city) {
        String listingId = api.post("/api/listings", owner.token(), listing(name, city)).expect(201).text("id");
        String roomTypeId = api.post("/api/listings/" + listingId + "/room-types", owner.token(),
                roomType("Deluxe", 2, "4000", 3)).expect(201).text("createdId");
        return new String[] {listingId, roomTypeId};
    }

    static String uniqueCity() {
        return "City-" + UUID.randomUUID().toString().substring(0, 8);
    }
}

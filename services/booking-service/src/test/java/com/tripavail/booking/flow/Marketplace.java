package com.tripavail.booking.flow;

import static com.tripavail.booking.jooq.Tables.CATALOGUE_HOTEL_PACKAGE;
import static com.tripavail.booking.jooq.Tables.CATALOGUE_LISTING;
import static com.tripavail.booking.jooq.Tables.CATALOGUE_ROOM_TYPE;
import static com.tripavail.booking.jooq.Tables.CATALOGUE_TOUR_DEPARTURE;
import static com.tripavail.booking.jooq.Tables.CATALOGUE_TOUR_PACKAGE;
import static com.tripavail.booking.jooq.Tables.PROVIDER_ACCOUNT;
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
import java.math.BigDecimal;
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
import tools.jackson.databind.JsonNode;

/**
 * The marketplace around the booking service under test: the real inventory service
 * ({@link InventoryInProcess}), providers approved the way onboarding approves them (its events on
 * Kafka), hotels created, stocked and published through inventory's REST API, and travellers.
 * Booking learns of all of it over Kafka, as it does in production.
 */
public final class Marketplace {

    public static final Duration WAIT = Duration.ofSeconds(30);
    public static final String GOOD_CARD = "4242 4242 4242 4242";
    public static final String DECLINED_CARD = "4000000000000002";

    /** A published room type and its provider. */
    public record Hotel(String userId, String providerId, String token, String listingId, String roomTypeId) {
    }

    /** A provider approved by onboarding: its user's token and its id. */
    public record Provider(String userId, String providerId, String token) {
    }

    /** A published tour package with one departure. */
    public record Tour(Provider operator, String packageId, String departureId, LocalDate departureDate) {
    }

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static volatile KafkaProducer<String, String> producer;

    public final HttpApi inventory;
    public final HttpApi booking;
    private final DSLContext bookingDsl;

    public Marketplace(int bookingPort, DSLContext bookingDsl) {
        this.inventory = new HttpApi(InventoryInProcess.port());
        this.booking = new HttpApi(bookingPort);
        this.bookingDsl = bookingDsl;
    }

    public static String traveller() {
        return TestJwt.token("traveller-" + UUID.randomUUID(), "TRAVELER");
    }

    public static String admin() {
        return TestJwt.token("admin-" + UUID.randomUUID(), "ADMIN");
    }

    /**
     * A hotel of an approved provider with one room type of {@code units} rooms at {@code price} INR a
     * night, open for {@code nights} nights from {@code from}, published; returns once booking's
     * catalogue holds it.
     */
    public Hotel hotel(int units, String price, LocalDate from, int nights) {
        Provider hotelier = approvedProvider("HOTEL_MANAGER");
        String userId = hotelier.userId();
        String providerId = hotelier.providerId();
        String token = hotelier.token();
        String[] listingId = new String[1];
        await().atMost(WAIT).until(() -> {
            HttpApi.Response created = inventory.post("/api/listings", token, listing());
            listingId[0] = created.status() == 201 ? created.text("id") : null;
            return listingId[0] != null;
        });
        String roomTypeId = inventory.post("/api/listings/" + listingId[0] + "/room-types", token, Map.of(
                        "name", "Deluxe King", "capacity", 2, "bedConfiguration", "1 king",
                        "basePrice", Map.of("amount", new BigDecimal(price), "currency", "INR"), "units", units))
                .expect(201).text("createdId");
        await().atMost(WAIT).untilAsserted(() -> inventory.post("/api/room-types/" + roomTypeId + "/inventory",
                token, Map.of("from", from.toString(), "to", from.plusDays(nights - 1L).toString())).expect(202));
        inventory.post("/api/listings/" + listingId[0] + "/publish", token, null).expect(202);
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(bookingDsl.fetchCount(CATALOGUE_ROOM_TYPE, CATALOGUE_ROOM_TYPE.ROOM_TYPE_ID.eq(roomTypeId)))
                    .isOne();
            assertThat(bookingDsl.select(CATALOGUE_LISTING.STATUS).from(CATALOGUE_LISTING)
                    .where(CATALOGUE_LISTING.LISTING_ID.eq(listingId[0])).fetchOne(CATALOGUE_LISTING.STATUS))
                    .isEqualTo("PUBLISHED");
            assertThat(bookingDsl.fetchCount(PROVIDER_ACCOUNT, PROVIDER_ACCOUNT.PROVIDER_ID.eq(providerId))).isOne();
        });
        return new Hotel(userId, providerId, token, listingId[0], roomTypeId);
    }

    /**
     * A provider of {@code providerType} (HOTEL_MANAGER, TOUR_OPERATOR) registered and approved by onboarding's
     * events; inventory may not know it yet (creating a product waits for that).
     */
    public Provider approvedProvider(String providerType) {
        String userId = "provider-user-" + UUID.randomUUID();
        String providerId = "prov-" + UUID.randomUUID();
        Instant registered = Instant.parse("2026-01-01T00:00:00Z");
        send(providerId, new ProviderRegistered(providerId, userId, providerType, "Business " + providerId, "Agra",
                "IN", registered));
        send(providerId, new ProviderVerificationChanged(providerId, userId, providerType, "APPROVED", null, null,
                registered.plusSeconds(60)));
        return new Provider(userId, providerId, TestJwt.token(userId, "TRAVELER", "PROVIDER"));
    }

    /**
     * A published FLEXIBLE hotel package of {@code nights} nights at {@code pricePerPerson} INR on the hotel's room
     * type; returns its id once booking's catalogue has it on sale.
     */
    public String hotelPackage(Hotel hotel, String pricePerPerson, int nights) {
        String packageId = inventory.post("/api/hotel-packages", hotel.token(), Map.of("listingId", hotel.listingId(),
                "roomTypeIds", List.of(hotel.roomTypeId()), "template", "WEEKEND_GETAWAY", "title", "Lake weekend",
                "description", "Nights by the lake", "pricePerPerson",
                Map.of("amount", new BigDecimal(pricePerPerson), "currency", "INR"), "nights", nights,
                "inclusions", List.of("breakfast"), "availabilityRule", "FLEXIBLE")).expect(201).text("id");
        inventory.post("/api/hotel-packages/" + packageId + "/publish", hotel.token(), null).expect(202);
        await().atMost(WAIT).untilAsserted(() -> assertThat(bookingDsl.select(CATALOGUE_HOTEL_PACKAGE.STATUS)
                .from(CATALOGUE_HOTEL_PACKAGE).where(CATALOGUE_HOTEL_PACKAGE.PACKAGE_ID.eq(packageId))
                .fetchOne(CATALOGUE_HOTEL_PACKAGE.STATUS)).isEqualTo("PUBLISHED"));
        return packageId;
    }

    /**
     * A tour operator's published tour of {@code durationDays} days with one departure of {@code seats} seats at
     * {@code pricePerSeat} INR; returns once booking's catalogue has it on sale.
     */
    public Tour tour(LocalDate departureDate, int durationDays, int seats, String pricePerSeat) {
        Provider operator = approvedProvider("TOUR_OPERATOR");
        String[] packageId = new String[1];
        await().atMost(WAIT).until(() -> {
            HttpApi.Response created = inventory.post("/api/tour-packages", operator.token(), Map.of(
                    "title", "Old city walk", "description", "Forts and lakes", "city", "Agra",
                    "durationDays", durationDays,
                    "itinerary", List.of(Map.of("day", 1, "title", "Fort"), Map.of("day", 2, "title", "Lake")),
                    "pickups", List.of(Map.of("name", "Station", "city", "Agra",
                            "location", Map.of("latitude", 27.17, "longitude", 78.04), "dropOff", false)),
                    "maxSeats", seats));
            packageId[0] = created.status() == 201 ? created.text("id") : null;
            return packageId[0] != null;
        });
        String departureId = inventory.post("/api/tour-packages/" + packageId[0] + "/departures", operator.token(),
                Map.of("departureDate", departureDate.toString(), "seats", seats,
                        "pricePerSeat", Map.of("amount", new BigDecimal(pricePerSeat), "currency", "INR")))
                .expect(201).text("createdId");
        inventory.post("/api/tour-packages/" + packageId[0] + "/publish", operator.token(), null).expect(202);
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(bookingDsl.select(CATALOGUE_TOUR_PACKAGE.STATUS).from(CATALOGUE_TOUR_PACKAGE)
                    .where(CATALOGUE_TOUR_PACKAGE.PACKAGE_ID.eq(packageId[0]))
                    .fetchOne(CATALOGUE_TOUR_PACKAGE.STATUS)).isEqualTo("PUBLISHED");
            assertThat(bookingDsl.fetchCount(CATALOGUE_TOUR_DEPARTURE,
                    CATALOGUE_TOUR_DEPARTURE.DEPARTURE_ID.eq(departureId))).isOne();
        });
        return new Tour(operator, packageId[0], departureId, departureDate);
    }

    /** Quote anything: 201 and the booking. */
    public JsonNode quote(String travellerToken, Map<String, Object> request) {
        return booking.postRaw("/api/bookings", travellerToken, HttpApi.json(request),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).expect(201).body();
    }

    /** Quote for a stay: 201 and the booking. */
    public JsonNode quote(String travellerToken, Hotel hotel, LocalDate checkIn, LocalDate checkOut, int rooms) {
        return booking.postRaw("/api/bookings", travellerToken, HttpApi.json(Map.of("productType", "STAY",
                        "productId", hotel.roomTypeId(), "checkIn", checkIn.toString(), "checkOut",
                        checkOut.toString(), "units", rooms, "guests", rooms)),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).expect(201).body();
    }

    public JsonNode hold(String travellerToken, String bookingId) {
        return booking.post("/api/bookings/" + bookingId + "/hold?waitSeconds=20", travellerToken, null)
                .expect(202).body();
    }

    public HttpApi.Response pay(String travellerToken, String bookingId, String card) {
        return booking.post("/api/bookings/" + bookingId + "/payment?waitSeconds=20", travellerToken,
                Map.of("cardNumber", card));
    }

    public JsonNode get(String token, String bookingId) {
        return booking.get("/api/bookings/" + bookingId, token).expect(200).body();
    }

    /** The room type's nights as its provider sees them in inventory: units, held, sold, free per night. */
    public JsonNode occupancy(Hotel hotel, LocalDate from, LocalDate to) {
        return inventory.get("/api/provider/room-types/" + hotel.roomTypeId() + "/occupancy?from=" + from + "&to="
                + to, hotel.token()).expect(200).body();
    }

    private static Map<String, Object> listing() {
        return Map.of("name", "Flow Test Hotel", "description", "A test hotel", "addressLine", "1 Test Road",
                "city", "Agra", "countryCode", "IN", "location", Map.of("latitude", 27.17, "longitude", 78.04),
                "timeZone", "Asia/Kolkata", "checkInTime", "14:00", "checkOutTime", "11:00",
                "amenities", List.of("wifi"));
    }

    private static void send(String providerId, Object contract) {
        EventEnvelope envelope = ContractJson.wrap(UUID.randomUUID().toString(), Instant.now(), providerId,
                SEQUENCE.incrementAndGet(), contract);
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
    }

    private static KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (Marketplace.class) {
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
}

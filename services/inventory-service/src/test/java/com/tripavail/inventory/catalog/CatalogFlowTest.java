package com.tripavail.inventory.catalog;

import static com.tripavail.inventory.catalog.CatalogSupport.departure;
import static com.tripavail.inventory.catalog.CatalogSupport.hotelPackage;
import static com.tripavail.inventory.catalog.CatalogSupport.roomType;
import static com.tripavail.inventory.catalog.CatalogSupport.tourPackage;
import static com.tripavail.inventory.catalog.CatalogSupport.uniqueCity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Topics;
import com.tripavail.contracts.inventory.ListingChanged;
import com.tripavail.contracts.inventory.TourDepartureScheduled;
import com.tripavail.inventory.InventoryIntegrationTest;
import com.tripavail.inventory.catalog.CatalogSupport.Provider;
import com.tripavail.testsupport.HttpApi;
import com.tripavail.testsupport.KafkaTestConsumer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue end to end: REST, PostgreSQL, the read models, onboarding's events coming in
 * over Kafka and the catalogue's contracts going out.
 */
@InventoryIntegrationTest
class CatalogFlowTest {

    static final String HOTEL = "HOTEL_MANAGER";
    static final String TOURS = "TOUR_OPERATOR";
    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;

    private CatalogSupport s;
    private HttpApi api;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void setUp() {
        s = new CatalogSupport(port, dsl);
        api = s.api;
    }

    @Test
    void publishingNeedsAnApprovedProvider_learnedFromOnboardingEvents() {
        Provider hotel = s.provider(HOTEL, "UNDER_REVIEW");
        String[] ids = s.listingWithRoomType(hotel, "Gate Hotel", uniqueCity());
        String listingId = ids[0];

        assertThat(api.post("/api/listings/" + listingId + "/publish", hotel.token(), null).expectProblem(409)
                .detail()).contains("APPROVED");

        s.verification(hotel.providerId(), hotel.userId(), HOTEL, "APPROVED", Instant.parse("2026-02-01T00:00:00Z"));
        s.awaitStanding(hotel.providerId(), "APPROVED");
        assertThat(api.post("/api/listings/" + listingId + "/publish", hotel.token(), null).expect(202)
                .text("status")).isEqualTo("PUBLISHED");

        await().atMost(WAIT).untilAsserted(() -> assertThat(ids(api.get("/api/provider/products?status=PUBLISHED",
                hotel.token()).expect(200).body(), "productId")).containsExactly(listingId));

        try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(Topics.INVENTORY_EVENTS)) {
            ConsumerRecord<String, String> record = consumer.awaitRecord(r -> r.key().equals(listingId)
                    && type(r).equals("inventory.ListingChanged") && r.value().contains("\"PUBLISHED\""), WAIT);
            ListingChanged changed = ContractJson.payload(ContractJson.read(record.value()), ListingChanged.class);
            assertThat(changed.providerId()).isEqualTo(hotel.providerId());
            assertThat(changed.timeZone()).isEqualTo("Asia/Kolkata");
            assertThat(changed.roomTypes()).singleElement().satisfies(rt -> {
                assertThat(rt.roomTypeId()).isEqualTo(ids[1]);
                assertThat(rt.capacity()).isEqualTo(2);
                assertThat(rt.basePrice().amount()).isEqualByComparingTo("4000");
            });
        }
    }

    @Test
    void aSuspendedProvidersPublishedProductsArePaused_andComeBackOnlyByTheirOwnAction() {
        String city = uniqueCity();
        Provider hotel = s.provider(HOTEL, "APPROVED");
        Provider tours = s.provider(TOURS, "APPROVED");
        String[] published = s.listingWithRoomType(hotel, "Published Hotel", city);
        String[] draft = s.listingWithRoomType(hotel, "Draft Hotel", city);
        api.post("/api/listings/" + published[0] + "/publish", hotel.token(), null).expect(202);
        String packageId = api.post("/api/hotel-packages", hotel.token(),
                hotelPackage(published[0], published[1], "FLEXIBLE")).expect(201).text("id");
        api.post("/api/hotel-packages/" + packageId + "/publish", hotel.token(), null).expect(202);
        String tourId = api.post("/api/tour-packages", tours.token(), tourPackage(city)).expect(201).text("id");
        api.post("/api/tour-packages/" + tourId + "/publish", tours.token(), null).expect(202);

        Instant suspendedAt = Instant.parse("2026-03-01T00:00:00Z");
        s.verification(hotel.providerId(), hotel.userId(), HOTEL, "SUSPENDED", suspendedAt);
        s.verification(tours.providerId(), tours.userId(), TOURS, "SUSPENDED", suspendedAt);
        s.awaitStanding(hotel.providerId(), "SUSPENDED");
        s.awaitStanding(tours.providerId(), "SUSPENDED");

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode paused = api.get("/api/provider/products?status=PAUSED", hotel.token()).expect(200).body();
            assertThat(ids(paused, "productId")).containsExactlyInAnyOrder(published[0], packageId);
            assertThat(ids(paused, "pauseReason")).containsOnly("PROVIDER_SUSPENDED");
            assertThat(ids(api.get("/api/provider/products?status=PAUSED", tours.token()).expect(200).body(),
                    "productId")).containsExactly(tourId);
        });
        assertThat(ids(api.get("/api/provider/products?status=DRAFT", hotel.token()).expect(200).body(), "productId"))
                .containsExactly(draft[0]);
        api.post("/api/listings/" + published[0] + "/publish", hotel.token(), null).expectProblem(409);

        // reinstatement republishes nothing: the provider publishes again, which works only from PAUSED
        s.verification(hotel.providerId(), hotel.userId(), HOTEL, "APPROVED", suspendedAt.plusSeconds(3600));
        s.awaitStanding(hotel.providerId(), "APPROVED");
        assertThat(api.get("/api/provider/products?status=PUBLISHED", hotel.token()).expect(200).body()).isEmpty();
        api.post("/api/listings/" + published[0] + "/publish", hotel.token(), null).expect(202);
        api.post("/api/hotel-packages/" + packageId + "/publish", hotel.token(), null).expect(202);
        await().atMost(WAIT).untilAsserted(() -> assertThat(ids(api.get("/api/provider/products?status=PUBLISHED",
                hotel.token()).expect(200).body(), "productId")).containsExactlyInAnyOrder(published[0], packageId));
    }

    @Test
    void anOlderVerificationChangeThanTheOneKeptIsIgnored() {
        Provider hotel = s.provider(HOTEL, "APPROVED");
        String[] ids = s.listingWithRoomType(hotel, "Stale Hotel", uniqueCity());
        api.post("/api/listings/" + ids[0] + "/publish", hotel.token(), null).expect(202);

        String stale = CatalogSupport.send(hotel.providerId(), new com.tripavail.contracts.onboarding
                .ProviderVerificationChanged(hotel.providerId(), hotel.userId(), HOTEL, "SUSPENDED", "UNDER_REVIEW",
                "late", Instant.parse("2025-06-01T00:00:00Z")));
        await().atMost(WAIT).until(() -> dsl.fetchCount(DSL.table("processed_message"),
                DSL.field("event_id").eq(stale)) == 1);
        s.awaitStanding(hotel.providerId(), "APPROVED");
        // still published: the listing cannot be published again, but can be paused
        api.post("/api/listings/" + ids[0] + "/publish", hotel.token(), null).expectProblem(409);
        api.post("/api/listings/" + ids[0] + "/pause", hotel.token(), null).expect(202);
    }

    @Test
    void providersManageOnlyTheirOwnProducts() {
        Provider owner = s.provider(HOTEL, "APPROVED");
        Provider other = s.provider(HOTEL, "APPROVED");
        Provider tours = s.provider(TOURS, "APPROVED");
        String city = uniqueCity();
        String[] a = s.listingWithRoomType(owner, "Owner A", city);
        String[] b = s.listingWithRoomType(owner, "Owner B", city);
        String tourId = api.post("/api/tour-packages", tours.token(), tourPackage(city)).expect(201).text("id");

        String listing = "/api/listings/" + a[0];
        api.request("PUT", listing, other.token(), "application/json",
                HttpApi.json(CatalogSupport.listing("Stolen", city))).expectProblem(404);
        api.post(listing + "/room-types", other.token(), roomType("Stolen", 2, "1", 1)).expectProblem(404);
        api.request("PUT", listing + "/room-types/" + a[1], other.token(), "application/json",
                HttpApi.json(roomType("Stolen", 2, "1", 1))).expectProblem(404);
        for (String action : List.of("publish", "pause", "archive")) {
            api.post(listing + "/" + action, other.token(), null).expectProblem(404);
        }
        api.post("/api/hotel-packages", other.token(), hotelPackage(a[0], a[1], "FLEXIBLE")).expectProblem(404);
        api.post("/api/tour-packages/" + tourId + "/publish", s.provider(TOURS, "APPROVED").token(), null)
                .expectProblem(404);
        api.post("/api/listings/no-such-listing/publish", owner.token(), null).expectProblem(404);

        // a room type of the owner's other listing is not one of this listing's
        assertThat(api.post("/api/hotel-packages", owner.token(), hotelPackage(a[0], b[1], "FLEXIBLE"))
                .expectProblem(422).detail()).contains(b[1]);

        String traveller = CatalogSupport.traveller();
        api.post("/api/listings", traveller, CatalogSupport.listing("Mine", city)).expectProblem(403);
        api.post("/api/tour-packages", traveller, tourPackage(city)).expectProblem(403);
        api.get("/api/provider/products", traveller).expectProblem(403);
        api.post("/api/listings", tours.token(), CatalogSupport.listing("Wrong kind", city)).expectProblem(403);
        api.post("/api/tour-packages", owner.token(), tourPackage(city)).expectProblem(403);
        api.post("/api/listings", null, CatalogSupport.listing("Anonymous", city)).expect(401);

        // nothing of theirs changed: still two drafts, named as the owner named them
        await().atMost(WAIT).untilAsserted(() -> assertThat(ids(api.get("/api/provider/products?status=DRAFT",
                owner.token()).expect(200).body(), "name")).containsExactlyInAnyOrder("Owner A", "Owner B"));
        assertThat(api.get("/api/provider/products", other.token()).expect(200).body()).isEmpty();
    }

    @Test
    void travellersFindPublishedListingsWithTheCheapestFreeRoomTypeAndTheStayTotal() {
        String city = uniqueCity();
        Provider hotel = s.provider(HOTEL, "APPROVED");
        LocalDate d0 = today.plusDays(10);
        String[] a = s.listingWithRoomType(hotel, "Alpha Hotel", city);           // Deluxe, 2 guests, 4000, 3 units
        String suite = api.post("/api/listings/" + a[0] + "/room-types", hotel.token(),
                roomType("Suite", 4, "9000", 1)).expect(201).text("createdId");
        String[] b = s.listingWithRoomType(hotel, "Beta Hotel", city);
        api.request("PUT", "/api/listings/" + b[0] + "/room-types/" + b[1], hotel.token(), "application/json",
                HttpApi.json(roomType("Standard", 2, "3000", 1))).expect(202);
        String[] c = s.listingWithRoomType(hotel, "Draft Hotel", city);          // never published

        for (String roomTypeId : List.of(a[1], suite, b[1], c[1])) {
            openNights(hotel, roomTypeId, d0, d0.plusDays(5));
        }
        api.request("PUT", "/api/room-types/" + a[1] + "/nights/" + d0.plusDays(1), hotel.token(),
                "application/json", HttpApi.json(Map.of("price", Map.of("amount", 5000, "currency", "INR"))))
                .expect(200);
        api.request("PUT", "/api/room-types/" + b[1] + "/nights/" + d0.plusDays(1), hotel.token(),
                "application/json", HttpApi.json(Map.of("closed", true))).expect(200);
        api.post("/api/listings/" + a[0] + "/publish", hotel.token(), null).expect(202);
        api.post("/api/listings/" + b[0] + "/publish", hotel.token(), null).expect(202);

        String stay = "/api/catalog/listings?city=" + city + "&checkIn=" + d0 + "&checkOut=" + d0.plusDays(3);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode found = api.get(stay + "&guests=2", null).expect(200).body();
            assertThat(ids(found, "listingId")).containsExactly(a[0]);     // Beta has a closed night
            assertThat(found.get(0).get("roomTypeId").asString()).isEqualTo(a[1]);
            assertThat(found.get(0).get("nights").asInt()).isEqualTo(3);
            assertThat(found.get(0).get("total").get("amount").decimalValue()).isEqualByComparingTo("13000");
        });
        // the city matches whatever its case; three guests need the suite
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode three = api.get(stay.replace(city, city.toLowerCase()) + "&guests=3", null).expect(200).body();
            assertThat(ids(three, "roomTypeId")).containsExactly(suite);
            assertThat(three.get(0).get("total").get("amount").decimalValue()).isEqualByComparingTo("27000");
        });
        assertThat(api.get(stay + "&guests=5", null).expect(200).body()).isEmpty();

        String later = "/api/catalog/listings?city=" + city + "&checkIn=" + d0.plusDays(2) + "&checkOut="
                + d0.plusDays(4) + "&guests=2";
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode both = api.get(later, null).expect(200).body();
            assertThat(ids(both, "listingId")).containsExactly(b[0], a[0]);  // cheapest first
            assertThat(both.get(0).get("total").get("amount").decimalValue()).isEqualByComparingTo("6000");
        });

        JsonNode detail = api.get("/api/catalog/listings/" + a[0] + "?from=" + d0 + "&to=" + d0.plusDays(3), null)
                .expect(200).body();
        assertThat(detail.get("roomTypes")).hasSize(2);
        JsonNode deluxe = detail.get("roomTypes").get(0);
        assertThat(deluxe.get("name").asString()).isEqualTo("Deluxe");
        assertThat(deluxe.get("calendar")).hasSize(3);
        assertThat(deluxe.get("calendar").get(1).get("price").get("amount").decimalValue())
                .isEqualByComparingTo("5000");
        assertThat(deluxe.get("calendar").get(1).get("free").asInt()).isEqualTo(3);

        api.get("/api/catalog/listings/" + c[0], null).expectProblem(404);
        api.get("/api/catalog/listings/" + a[0] + "?from=" + d0 + "&to=" + d0.plusDays(91), null).expectProblem(400);
    }

    @Test
    void hotelAndTourPackagesAreBrowsedByCityAndDates_withDeparturesAndSeatsLeft() {
        String city = uniqueCity();
        Provider hotel = s.provider(HOTEL, "APPROVED");
        Provider tours = s.provider(TOURS, "APPROVED");
        String[] listing = s.listingWithRoomType(hotel, "Package Hotel", city);
        String flexible = api.post("/api/hotel-packages", hotel.token(),
                hotelPackage(listing[0], listing[1], "FLEXIBLE")).expect(201).text("id");
        api.post("/api/hotel-packages/" + flexible + "/publish", hotel.token(), null).expectProblem(409); // listing DRAFT
        api.post("/api/listings/" + listing[0] + "/publish", hotel.token(), null).expect(202);
        api.post("/api/hotel-packages/" + flexible + "/publish", hotel.token(), null).expect(202);
        var seasonal = new java.util.HashMap<>(hotelPackage(listing[0], listing[1], "SEASONAL"));
        seasonal.put("seasons", List.of(Map.of("from", today.plusDays(100).toString(),
                "to", today.plusDays(120).toString())));
        String inSeason = api.post("/api/hotel-packages", hotel.token(), seasonal).expect(201).text("id");
        api.post("/api/hotel-packages/" + inSeason + "/publish", hotel.token(), null).expect(202);

        String browse = "/api/catalog/hotel-packages?city=" + city + "&from=" + today.plusDays(1) + "&to=";
        await().atMost(WAIT).untilAsserted(() -> assertThat(ids(api.get(browse + today.plusDays(110), null)
                .expect(200).body(), "packageId")).containsExactlyInAnyOrder(flexible, inSeason));
        assertThat(ids(api.get(browse + today.plusDays(30), null).expect(200).body(), "packageId"))
                .containsExactly(flexible);

        String tourId = api.post("/api/tour-packages", tours.token(), tourPackage(city)).expect(201).text("id");
        String departures = "/api/tour-packages/" + tourId + "/departures";
        String departureId = api.post(departures, tours.token(), departure(today.plusDays(20), 10)).expect(201)
                .text("createdId");
        api.post(departures, tours.token(), departure(today.plusDays(20), 5)).expectProblem(409);
        api.post(departures, tours.token(), departure(today.minusDays(1), 5)).expectProblem(422);
        api.post(departures, tours.token(), departure(today.plusDays(21), 13)).expectProblem(422);
        api.post(departures, tours.token(), departure(today.plusDays(60), 12)).expect(201);
        api.post("/api/tour-packages/" + tourId + "/publish", tours.token(), null).expect(202);

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode found = api.get("/api/catalog/tour-packages?city=" + city + "&from=" + today + "&to="
                    + today.plusDays(30), null).expect(200).body();
            assertThat(ids(found, "packageId")).containsExactly(tourId);
            JsonNode departure = found.get(0).get("departures");
            assertThat(departure).hasSize(1);
            assertThat(departure.get(0).get("departureId").asString()).isEqualTo(departureId);
            assertThat(departure.get(0).get("seatsLeft").asInt()).isEqualTo(10);
            assertThat(found.get(0).get("itinerary")).hasSize(2);
        });

        try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(Topics.INVENTORY_EVENTS)) {
            ConsumerRecord<String, String> record = consumer.awaitRecord(r -> r.key().equals(tourId)
                    && type(r).equals("inventory.TourDepartureScheduled") && r.value().contains(departureId), WAIT);
            EventEnvelope envelope = ContractJson.read(record.value());
            TourDepartureScheduled scheduled = ContractJson.payload(envelope, TourDepartureScheduled.class);
            assertThat(scheduled.seats()).isEqualTo(10);
            assertThat(scheduled.pricePerSeat().amount()).isEqualByComparingTo(new BigDecimal("2500"));
            consumer.awaitRecord(r -> r.key().equals(flexible) && type(r).equals("inventory.HotelPackageChanged")
                    && r.value().contains("\"PUBLISHED\""), WAIT);
            consumer.awaitRecord(r -> r.key().equals(tourId) && type(r).equals("inventory.TourPackageChanged")
                    && r.value().contains("\"PUBLISHED\""), WAIT);
        }

        api.post("/api/hotel-packages/" + flexible + "/archive", hotel.token(), null).expect(202);
        api.post("/api/hotel-packages/" + flexible + "/publish", hotel.token(), null).expectProblem(409);
        api.post("/api/tour-packages/" + tourId + "/pause", tours.token(), null).expect(202);
        await().atMost(WAIT).untilAsserted(() -> assertThat(api.get("/api/catalog/tour-packages?city=" + city
                + "&from=" + today + "&to=" + today.plusDays(30), null).expect(200).body()).isEmpty());
    }

    @Test
    void aListingWithManyChangesLoadsFromASnapshot() {
        Provider hotel = s.provider(HOTEL, "APPROVED");
        String[] ids = s.listingWithRoomType(hotel, "Busy Hotel", uniqueCity());
        for (int i = 0; i < 55; i++) {
            api.request("PUT", "/api/listings/" + ids[0] + "/room-types/" + ids[1], hotel.token(), "application/json",
                    HttpApi.json(roomType("Deluxe", 2, String.valueOf(4000 + i), 3))).expect(202);
        }
        await().atMost(WAIT).until(() -> dsl.fetchCount(DSL.table("snapshotevententry"),
                DSL.field("aggregateidentifier").eq(ids[0])) == 1);
        api.post("/api/listings/" + ids[0] + "/publish", hotel.token(), null).expect(202);
        api.post("/api/listings/" + ids[0] + "/publish", hotel.token(), null).expectProblem(409);
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyCreatesOneListing() {
        Provider hotel = s.provider(HOTEL, "APPROVED");
        String body = HttpApi.json(CatalogSupport.listing("Once Hotel", uniqueCity()));
        Map<String, String> key = Map.of("Idempotency-Key", "create-" + hotel.providerId());
        var first = api.postRaw("/api/listings", hotel.token(), body, key).expect(201);
        var again = api.postRaw("/api/listings", hotel.token(), body, key).expect(201);
        assertThat(again.text("id")).isEqualTo(first.text("id"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        await().atMost(WAIT).untilAsserted(() -> assertThat(ids(api.get("/api/provider/products", hotel.token())
                .expect(200).body(), "productId")).containsExactly(first.text("id")));
    }

    private void openNights(Provider owner, String roomTypeId, LocalDate from, LocalDate to) {
        api.post("/api/room-types/" + roomTypeId + "/inventory", owner.token(),
                Map.of("from", from.toString(), "to", to.toString())).expect(202);
    }

    static List<String> ids(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        StreamSupport.stream(array.spliterator(), false).forEach(n -> values.add(n.path(field).asString()));
        return values;
    }

    static String type(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader(Topics.TYPE_HEADER);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}

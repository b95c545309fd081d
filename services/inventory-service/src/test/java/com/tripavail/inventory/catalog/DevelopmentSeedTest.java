package com.tripavail.inventory.catalog;

import static com.tripavail.inventory.catalog.CatalogFlowTest.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.contracts.onboarding.ProviderRegistered;
import com.tripavail.inventory.InventoryIntegrationTest;
import com.tripavail.inventory.command.catalog.CatalogCommands;
import com.tripavail.inventory.command.catalog.CatalogProductIndex;
import com.tripavail.inventory.config.DevelopmentSeed;
import com.tripavail.inventory.config.InventoryProperties;
import com.tripavail.testsupport.HttpApi;
import com.tripavail.testsupport.TestJwt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The local stack's development catalogue: onboarding's two seeded providers arrive over Kafka,
 * the seed creates two published hotels with 90 nights of inventory and a published tour with
 * departures through the catalogue's commands, and seeding again adds nothing.
 */
@InventoryIntegrationTest
class DevelopmentSeedTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;
    @Autowired
    CatalogCommands catalog;
    @Autowired
    CatalogProductIndex products;
    @Autowired
    CommandGateway commands;
    @Autowired
    Clock clock;
    @Autowired
    InventoryProperties properties;

    @Test
    void seedsTwoPublishedHotelsWithNinetyNightsAndATourWithDepartures_once() {
        CatalogSupport s = new CatalogSupport(port, dsl);
        HttpApi api = s.api;
        String hotelUser = approvedProvider(s, "HOTEL_MANAGER", DevelopmentSeed.HOTEL_BUSINESS, "Agra");
        approvedProvider(s, "TOUR_OPERATOR", DevelopmentSeed.TOUR_BUSINESS, "Jaipur");

        DevelopmentSeed seed = new DevelopmentSeed(catalog, products, commands, dsl, clock, properties);
        seed.seed();
        seed.seed();

        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Kolkata")));
        String stay = "&checkIn=" + today.plusDays(7) + "&checkOut=" + today.plusDays(9) + "&guests=2";
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode agra = api.get("/api/catalog/listings?city=Agra" + stay, null).expect(200).body();
            assertThat(ids(agra, "name")).containsExactly("Taj View Agra");
            assertThat(agra.get(0).get("roomTypeName").asString()).isEqualTo("Deluxe Room");
            assertThat(agra.get(0).get("total").get("amount").decimalValue()).isEqualByComparingTo("13000");
            assertThat(agra.get(0).get("total").get("currency").asString()).isEqualTo("INR");
            JsonNode udaipur = api.get("/api/catalog/listings?city=Udaipur" + stay, null).expect(200).body();
            assertThat(ids(udaipur, "name")).containsExactly("Lake Palace Udaipur");
        });
        // the last of the 90 nights is open, the one after is not
        String lastNight = "&checkIn=" + today.plusDays(89) + "&checkOut=" + today.plusDays(90) + "&guests=2";
        assertThat(api.get("/api/catalog/listings?city=Agra" + lastNight, null).expect(200).body()).hasSize(1);
        String afterLast = "&checkIn=" + today.plusDays(90) + "&checkOut=" + today.plusDays(91) + "&guests=2";
        assertThat(api.get("/api/catalog/listings?city=Agra" + afterLast, null).expect(200).body()).isEmpty();

        String agraId = api.get("/api/catalog/listings?city=Agra" + stay, null).expect(200).body().get(0)
                .get("listingId").asString();
        JsonNode detail = api.get("/api/catalog/listings/" + agraId + "?from=" + today + "&to=" + today.plusDays(90),
                null).expect(200).body();
        assertThat(detail.get("timeZone").asString()).isEqualTo("Asia/Kolkata");
        assertThat(ids(detail.get("roomTypes"), "name"))
                .containsExactlyInAnyOrder("Deluxe Room", "Taj View Room", "Family Suite");
        detail.get("roomTypes").forEach(roomType -> assertThat(roomType.get("calendar")).hasSize(90));

        // the hotel manager owns exactly the two hotels, both published
        String hotelToken = TestJwt.token(hotelUser, "TRAVELER", "PROVIDER");
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode mine = api.get("/api/provider/products", hotelToken).expect(200).body();
            assertThat(ids(mine, "name")).containsExactlyInAnyOrder("Taj View Agra", "Lake Palace Udaipur");
            assertThat(ids(mine, "status")).containsOnly("PUBLISHED");
        });

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode tours = api.get("/api/catalog/tour-packages?city=Jaipur&from=" + today + "&to="
                    + today.plusDays(90), null).expect(200).body();
            assertThat(ids(tours, "title")).containsExactly("Golden Triangle 5 days");
            JsonNode tour = tours.get(0);
            assertThat(tour.get("durationDays").asInt()).isEqualTo(5);
            assertThat(tour.get("itinerary")).hasSize(5);
            assertThat(tour.get("pickups")).hasSize(3);
            assertThat(tour.get("departures")).hasSize(9);
            assertThat(ids(tour.get("departures"), "seatsLeft")).containsOnly("16");
        });
    }

    /** A provider as onboarding's own seed makes it: registered, then approved. @return its user id */
    private static String approvedProvider(CatalogSupport s, String type, String businessName, String city) {
        String userId = "seed-user-" + UUID.randomUUID();
        String providerId = "seed-prov-" + UUID.randomUUID();
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        CatalogSupport.send(providerId, new ProviderRegistered(providerId, userId, type, businessName, city, "IN", at));
        s.verification(providerId, userId, type, "APPROVED", at.plusSeconds(60));
        s.awaitStanding(providerId, "APPROVED");
        return userId;
    }
}

package com.tripavail.trip.flow;

import static com.tripavail.trip.TripRoutes.BUS;
import static com.tripavail.trip.TripRoutes.STAY;
import static com.tripavail.trip.TripRoutes.TRAIN;
import static com.tripavail.trip.TripRoutes.WALK;
import static com.tripavail.trip.jooq.Tables.BOOKING_CLICK_VIEW;
import static com.tripavail.trip.jooq.Tables.NOTIFICATION_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Topics;
import com.tripavail.contracts.trip.BookingClicked;
import com.tripavail.contracts.trip.ConversionMarked;
import com.tripavail.contracts.trip.LegBooked;
import com.tripavail.contracts.trip.TripCancelled;
import com.tripavail.contracts.trip.TripCompleted;
import com.tripavail.contracts.trip.TripPlanned;
import com.tripavail.testsupport.HttpApi;
import com.tripavail.testsupport.KafkaTestConsumer;
import com.tripavail.testsupport.MutableClock;
import com.tripavail.trip.TripIntegrationTest;
import com.tripavail.trip.TripRoutes;
import com.tripavail.trip.event.RouteSnapshot;
import com.tripavail.trip.flow.TripWorld.Traveller;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Trips through REST and Kafka: made from a search result, read by their traveller only, booked, followed, cancelled. */
@TripIntegrationTest
class TripFlowIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;
    @Autowired
    MutableClock clock;

    TripWorld world;
    HttpApi api;

    @BeforeEach
    void setUp() {
        world = new TripWorld(port, dsl, clock);
        api = world.api;
    }

    /** A route leaving in ten days: nothing about it is due during a test. */
    RouteSnapshot routeInTenDays() {
        return TripRoutes.noidaAgraJaipur(TripWorld.newSearchId(),
                clock.instant().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES));
    }

    @Test
    void aTravellerMakesATripOfASearchResultAndOnlyTheyCanSeeIt() {
        Traveller me = TripWorld.traveller();
        Traveller someoneElse = TripWorld.traveller();
        RouteSnapshot route = routeInTenDays();
        String searchId = world.offer(route);

        HttpApi.Response created = world.createTrip(me.token(), searchId, 0, "Diwali in Jaipur").expect(201);
        String tripId = created.text("tripId");
        assertThat(created.header("Location")).isEqualTo("/api/trips/" + tripId);
        JsonNode trip = created.body();
        assertThat(trip.get("status").asString()).isEqualTo("PLANNED");
        assertThat(trip.get("name").asString()).isEqualTo("Diwali in Jaipur");
        assertThat(trip.get("searchId").asString()).isEqualTo(searchId);
        assertThat(trip.get("origin").asString()).isEqualTo("Noida");
        assertThat(trip.get("destination").asString()).isEqualTo("Jaipur Sindhi Camp");
        assertThat(trip.get("legs")).hasSize(4);
        assertThat(trip.get("bookableLegs").asInt()).isEqualTo(3);
        assertThat(trip.get("totalPrice").get("amount").decimalValue()).isEqualByComparingTo("2400");
        assertThat(trip.get("legs").get(TRAIN).get("deepLink").asString()).startsWith("https://www.irctc.co.in/");

        JsonNode mine = api.get("/api/trips", me.token()).expect(200).body();
        assertThat(mine).singleElement().satisfies(summary -> {
            assertThat(summary.get("tripId").asString()).isEqualTo(tripId);
            assertThat(summary.get("bookedLegs").asInt()).isZero();
        });
        assertThat(api.get("/api/trips", someoneElse.token()).expect(200).body()).isEmpty();
        api.get("/api/trips/" + tripId, someoneElse.token()).expectProblem(404);
        api.get("/api/trips/" + tripId, null).expect(401);
        assertThat(world.get(me.token(), tripId).get("tripId").asString()).isEqualTo(tripId);

        // the name defaults to where it goes
        JsonNode unnamed = world.createTrip(me.token(), searchId, 0, null).expect(201).body();
        assertThat(unnamed.get("name").asString()).isEqualTo("Noida → Jaipur Sindhi Camp");
    }

    @Test
    void badTripRequestsAreProblemsThatChangeNothing() {
        Traveller me = TripWorld.traveller();
        String searchId = world.offer(routeInTenDays());

        world.createTrip(me.token(), "no-such-search", 0, null).expectProblem(422);
        world.createTrip(me.token(), searchId, 1, null).expectProblem(422);
        world.createTrip(me.token(), searchId, -1, null).expectProblem(400);
        api.postRaw("/api/trips", me.token(), HttpApi.json(Map.of("routeIndex", 0)),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).expectProblem(400);
        api.postRaw("/api/trips", me.token(), "{not json", Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                .expectProblem(400);
        api.post("/api/trips", me.token(), Map.of("searchId", searchId, "routeIndex", 0)).expectProblem(400);
        api.get("/api/trips/no-such-trip", me.token()).expectProblem(404);
        world.markBooked(me.token(), "no-such-trip", 0, "IRCTC", "PNR", "10").expectProblem(404);

        assertThat(api.get("/api/trips", me.token()).expect(200).body()).isEmpty();
    }

    @Test
    void markingLegsBookedMovesTheTripToFullyBookedAndIsPublished() {
        Traveller me = TripWorld.traveller();
        try (KafkaTestConsumer events = KafkaTestConsumer.subscribe(Topics.TRIP_EVENTS)) {
            String tripId = world.trip(me.token(), routeInTenDays()).get("tripId").asString();

            JsonNode partly = world.markBooked(me.token(), tripId, TRAIN, "IRCTC", "PNR4521", "1500").expect(200).body();
            assertThat(partly.get("status").asString()).isEqualTo("PARTIALLY_BOOKED");
            JsonNode train = partly.get("legs").get(TRAIN).get("booking");
            assertThat(train.get("platform").asString()).isEqualTo("IRCTC");
            assertThat(train.get("bookingReference").asString()).isEqualTo("PNR4521");
            assertThat(train.get("cost").get("amount").decimalValue()).isEqualByComparingTo("1500");
            assertThat(train.get("source").asString()).isEqualTo("MANUAL");

            // a second mark updates the booking
            JsonNode updated = world.markBooked(me.token(), tripId, TRAIN, "IRCTC", "PNR4521", "1525.50")
                    .expect(200).body();
            assertThat(updated.get("legs").get(TRAIN).get("booking").get("cost").get("amount").decimalValue())
                    .isEqualByComparingTo("1525.50");

            world.markBooked(me.token(), tripId, STAY, "Booking.com", "BDC-88", "3200").expect(200);
            JsonNode full = world.markBooked(me.token(), tripId, BUS, "redBus", "RB-77", "900").expect(200).body();
            assertThat(full.get("status").asString()).isEqualTo("FULLY_BOOKED");
            assertThat(full.get("bookedLegs").asInt()).isEqualTo(3);

            // refusals: a walk, no such leg, another traveller, bad money
            world.markBooked(me.token(), tripId, WALK, "feet", "none", "0").expectProblem(422);
            world.markBooked(me.token(), tripId, 9, "IRCTC", "PNR", "10").expectProblem(404);
            world.markBooked(TripWorld.traveller().token(), tripId, TRAIN, "IRCTC", "PNR", "10").expectProblem(404);
            world.put("/api/trips/" + tripId + "/legs/0/booking", me.token(), Map.of("platform", "IRCTC",
                    "bookingReference", "X", "cost", Map.of("amount", 10, "currency", "rupees"))).expectProblem(400);
            world.put("/api/trips/" + tripId + "/legs/0/booking", me.token(), Map.of("platform", "IRCTC",
                    "bookingReference", "X", "cost", Map.of("amount", -5, "currency", "INR"))).expectProblem(400);
            world.put("/api/trips/" + tripId + "/legs/0/booking", me.token(), Map.of("platform", " ",
                    "bookingReference", "X", "cost", Map.of("amount", 5, "currency", "INR"))).expectProblem(400);
            world.put("/api/trips/" + tripId + "/legs/first/booking", me.token(), Map.of()).expectProblem(400);
            assertThat(world.get(me.token(), tripId).get("status").asString()).isEqualTo("FULLY_BOOKED");

            // unmarking one leg
            JsonNode unmarked = api.request("DELETE", "/api/trips/" + tripId + "/legs/" + BUS + "/booking",
                    me.token(), null, null).expect(200).body();
            assertThat(unmarked.get("status").asString()).isEqualTo("PARTIALLY_BOOKED");
            assertThat(unmarked.get("legs").get(BUS).get("booking").isNull()).isTrue();

            TripPlanned planned = contract(events.awaitRecord(record -> is(record, tripId, "trip.TripPlanned"),
                    TripWorld.WAIT), TripPlanned.class);
            assertThat(planned.travelerId()).isEqualTo(me.userId());
            assertThat(planned.legs()).hasSize(4);
            assertThat(planned.totalPrice().amount()).isEqualByComparingTo("2400");
            var booked = events.awaitRecords(record -> is(record, tripId, "trip.LegBooked"), 4, TripWorld.WAIT);
            LegBooked last = contract(booked.get(3), LegBooked.class);
            assertThat(last.legIndex()).isEqualTo(BUS);
            assertThat(last.mode()).isEqualTo("BUS");
            assertThat(last.tripStatus()).isEqualTo("FULLY_BOOKED");
            assertThat(booked.get(0).value()).doesNotContain("PNR4521"); // the reference stays here
        }
    }

    @Test
    void aBookedLegsTravellerIsRemindedBeforeItsDeparture() {
        Traveller me = TripWorld.traveller();
        // leaves in two hours: within the 24-hour lead time, so the reminder is due as soon as it is booked
        RouteSnapshot soon = TripRoutes.noidaAgraJaipur(TripWorld.newSearchId(),
                clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES));
        String tripId = world.trip(me.token(), soon).get("tripId").asString();
        world.markBooked(me.token(), tripId, TRAIN, "IRCTC", "PNR-SOON", "1500").expect(200);

        await().atMost(TripWorld.WAIT).untilAsserted(() -> assertThat(world.get(me.token(), tripId)
                .get("legs").get(TRAIN).get("reminderSent").asBoolean()).isTrue());
        var outbox = dsl.selectFrom(NOTIFICATION_OUTBOX).where(NOTIFICATION_OUTBOX.TRIP_ID.eq(tripId)).fetch();
        assertThat(outbox).singleElement().satisfies(notification -> {
            assertThat(notification.getUserId()).isEqualTo(me.userId());
            assertThat(notification.getKind()).isEqualTo("LEG_REMINDER");
            assertThat(notification.getLegIndex()).isEqualTo(TRAIN);
            assertThat(notification.getBody()).contains("Noida", "Agra Cantt", "IRCTC, reference PNR-SOON");
        });
        // the bus, not booked, has no reminder
        assertThat(world.get(me.token(), tripId).get("legs").get(BUS).get("reminderSent").asBoolean()).isFalse();
    }

    @Test
    void followingABookingLinkRedirectsWithAffiliateParametersAndAConversionMarksTheLegBooked() {
        Traveller me = TripWorld.traveller();
        try (KafkaTestConsumer analytics = KafkaTestConsumer.subscribe(Topics.TRIP_ANALYTICS)) {
            String tripId = world.trip(me.token(), routeInTenDays()).get("tripId").asString();

            HttpApi.Response redirect = api.get("/api/trips/" + tripId + "/legs/" + TRAIN + "/book", me.token())
                    .expect(302);
            String location = redirect.header("Location");
            assertThat(location).startsWith("https://www.irctc.co.in/nget/train-search?from=NOI&to=AGC&aff=tripavail&click=");
            String clickId = location.substring(location.indexOf("click=") + "click=".length());
            // the redirect does not wait for the read model
            await().atMost(TripWorld.WAIT).untilAsserted(() -> {
                assertThat(dsl.fetchCount(BOOKING_CLICK_VIEW, BOOKING_CLICK_VIEW.CLICK_ID.eq(clickId))).isOne();
                assertThat(world.get(me.token(), tripId).get("legs").get(TRAIN).get("clicks").asInt()).isOne();
            });

            // the parameters go before a fragment
            String busLocation = api.get("/api/trips/" + tripId + "/legs/" + BUS + "/book", me.token()).expect(302)
                    .header("Location");
            URI bus = URI.create(busLocation);
            assertThat(bus.getRawQuery()).startsWith("onward=").contains("&aff=tripavail&click=");
            assertThat(bus.getFragment()).isEqualTo("top");

            api.get("/api/trips/" + tripId + "/legs/" + TRAIN + "/book", TripWorld.traveller().token())
                    .expectProblem(404);
            api.get("/api/trips/" + tripId + "/legs/" + WALK + "/book", me.token()).expectProblem(422);
            api.get("/api/trips/" + tripId + "/legs/7/book", me.token()).expectProblem(404);

            BookingClicked clicked = contract(analytics.awaitRecord(record -> is(record, tripId,
                    "trip.analytics.BookingClicked") && record.value().contains(clickId), TripWorld.WAIT),
                    BookingClicked.class);
            assertThat(clicked.platform()).isEqualTo("IRCTC");
            assertThat(clicked.mode()).isEqualTo("RAIL");
            assertThat(clicked.affiliateUrl()).isEqualTo(location);

            // "I booked it", with the PNR: the conversion is marked and the train is booked at the offered price
            JsonNode converted = api.post("/api/trips/" + tripId + "/legs/" + TRAIN + "/conversion", me.token(),
                    Map.of("bookingReference", "PNR-AFF-1")).expect(200).body();
            JsonNode train = converted.get("legs").get(TRAIN);
            assertThat(train.get("convertedAt").isNull()).isFalse();
            assertThat(train.get("booking").get("source").asString()).isEqualTo("CONVERSION");
            assertThat(train.get("booking").get("cost").get("amount").decimalValue()).isEqualByComparingTo("1500");
            assertThat(converted.get("status").asString()).isEqualTo("PARTIALLY_BOOKED");
            assertThat(dsl.select(BOOKING_CLICK_VIEW.CONVERTED_AT).from(BOOKING_CLICK_VIEW)
                    .where(BOOKING_CLICK_VIEW.CLICK_ID.eq(clickId)).fetchOne(BOOKING_CLICK_VIEW.CONVERTED_AT))
                    .isNotNull();
            ConversionMarked conversion = contract(analytics.awaitRecord(record -> is(record, tripId,
                    "trip.analytics.ConversionMarked"), TripWorld.WAIT), ConversionMarked.class);
            assertThat(conversion.clickId()).isEqualTo(clickId);

            // no link of the stay was followed: nothing to convert
            api.post("/api/trips/" + tripId + "/legs/" + STAY + "/conversion", me.token(), null).expectProblem(409);
        }
    }

    @Test
    void aCancelledTripTakesNoMoreBookingsAndIsPublished() {
        Traveller me = TripWorld.traveller();
        try (KafkaTestConsumer events = KafkaTestConsumer.subscribe(Topics.TRIP_EVENTS)) {
            String tripId = world.trip(me.token(), routeInTenDays()).get("tripId").asString();
            api.post("/api/trips/" + tripId + "/cancel", TripWorld.traveller().token(), null).expectProblem(404);

            JsonNode cancelled = api.post("/api/trips/" + tripId + "/cancel", me.token(),
                    Map.of("reason", "plans changed")).expect(200).body();
            assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
            assertThat(cancelled.get("cancelReason").asString()).isEqualTo("plans changed");
            // again: the same answer
            assertThat(api.post("/api/trips/" + tripId + "/cancel", me.token(), null).expect(200).body()
                    .get("status").asString()).isEqualTo("CANCELLED");

            HttpApi.Response refused = world.markBooked(me.token(), tripId, TRAIN, "IRCTC", "PNR", "10")
                    .expectProblem(409);
            assertThat(refused.body().get("currentState").asString()).isEqualTo("CANCELLED");
            api.get("/api/trips/" + tripId + "/legs/" + TRAIN + "/book", me.token()).expectProblem(409);

            TripCancelled published = contract(events.awaitRecord(record -> is(record, tripId, "trip.TripCancelled"),
                    TripWorld.WAIT), TripCancelled.class);
            assertThat(published.previousStatus()).isEqualTo("PLANNED");
            assertThat(published.reason()).isEqualTo("plans changed");
        }
    }

    @Test
    void tripsGoInProgressAndCompleteWithTime() {
        Traveller me = TripWorld.traveller();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        try (KafkaTestConsumer events = KafkaTestConsumer.subscribe(Topics.TRIP_EVENTS)) {
            // left an hour ago, arrives tomorrow
            String underWay = world.trip(me.token(), TripRoutes.noidaAgraJaipur(TripWorld.newSearchId(),
                    now.minus(Duration.ofHours(1)))).get("tripId").asString();
            // over two days ago
            RouteSnapshot past = TripRoutes.noidaAgraJaipur(TripWorld.newSearchId(), now.minus(Duration.ofDays(3)));
            String over = world.trip(me.token(), past).get("tripId").asString();

            await().atMost(TripWorld.WAIT).untilAsserted(() -> {
                assertThat(world.get(me.token(), underWay).get("status").asString()).isEqualTo("IN_PROGRESS");
                assertThat(world.get(me.token(), over).get("status").asString()).isEqualTo("COMPLETED");
            });
            JsonNode completed = world.get(me.token(), over);
            assertThat(Instant.parse(completed.get("completedAt").asString())).isEqualTo(past.arrival());
            world.markBooked(me.token(), over, TRAIN, "IRCTC", "PNR", "10").expectProblem(409);
            // a trip under way still takes bookings of later legs, and stays under way
            assertThat(world.markBooked(me.token(), underWay, BUS, "redBus", "RB-1", "900").expect(200).body()
                    .get("status").asString()).isEqualTo("IN_PROGRESS");

            TripCompleted published = contract(events.awaitRecord(record -> is(record, over, "trip.TripCompleted"),
                    TripWorld.WAIT), TripCompleted.class);
            assertThat(published.arrival()).isEqualTo(past.arrival());
            assertThat(published.bookableLegs()).isEqualTo(3);
        }
    }

    static boolean is(ConsumerRecord<String, String> record, String tripId, String type) {
        return tripId.equals(record.key()) && record.value().contains("\"type\":\"" + type + "\"");
    }

    static <T> T contract(ConsumerRecord<String, String> record, Class<T> type) {
        EventEnvelope envelope = ContractJson.read(record.value());
        return ContractJson.payload(envelope, type);
    }
}

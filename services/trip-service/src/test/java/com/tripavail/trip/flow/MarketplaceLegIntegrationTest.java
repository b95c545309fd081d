package com.tripavail.trip.flow;

import static com.tripavail.trip.TripRoutes.STAY;
import static com.tripavail.trip.TripRoutes.TRAIN;
import static com.tripavail.trip.jooq.Tables.MARKETPLACE_BOOKING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Money;
import com.tripavail.contracts.Topics;
import com.tripavail.contracts.booking.BookingCancelled;
import com.tripavail.contracts.booking.BookingConfirmed;
import com.tripavail.contracts.inventory.ListedRoomType;
import com.tripavail.contracts.inventory.ListingChanged;
import com.tripavail.testsupport.HttpApi;
import com.tripavail.testsupport.MutableClock;
import com.tripavail.trip.TripIntegrationTest;
import com.tripavail.trip.TripRoutes;
import com.tripavail.trip.flow.TripWorld.Traveller;
import com.tripavail.trip.query.search.StaySuggestion;
import com.tripavail.trip.query.search.StaySuggestions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Marketplace legs: the stays suggested from the copy of inventory's catalogue, and STAY legs booked when the
 * booking service's confirmation (on Kafka, as booking publishes it) meets the traveller's link, in either order.
 */
@TripIntegrationTest
class MarketplaceLegIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;
    @Autowired
    MutableClock clock;
    @Autowired
    StaySuggestions staySuggestions;

    TripWorld world;

    @BeforeEach
    void setUp() {
        world = new TripWorld(port, dsl, clock);
    }

    String tripOf(Traveller traveller) {
        return world.trip(traveller.token(), TripRoutes.noidaAgraJaipur(TripWorld.newSearchId(),
                clock.instant().plus(Duration.ofDays(12)).truncatedTo(ChronoUnit.MINUTES))).get("tripId").asString();
    }

    HttpApi.Response link(Traveller traveller, String tripId, int leg, String bookingId) {
        return world.api.post("/api/trips/" + tripId + "/legs/" + leg + "/marketplace-booking", traveller.token(),
                Map.of("bookingId", bookingId));
    }

    static void confirm(String bookingId, Traveller traveller, String total) {
        TripWorld.publish(Topics.BOOKING_EVENTS, bookingId, new BookingConfirmed(bookingId, "hold-" + bookingId,
                traveller.userId(), "provider-1", "STAY", "room-1", null, "listing-1", "Taj View – Deluxe", "Agra",
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), 1, 2, Money.of(total, "INR"), Instant.now()));
    }

    JsonNode stay(Traveller traveller, String tripId) {
        return world.get(traveller.token(), tripId).get("legs").get(STAY);
    }

    @Test
    void aLinkedStayIsBookedWhenItsBookingIsConfirmedAndUnbookedWhenItIsCancelled() {
        Traveller me = TripWorld.traveller();
        String tripId = tripOf(me);
        String bookingId = "booking-" + UUID.randomUUID();

        JsonNode linked = link(me, tripId, STAY, bookingId).expect(200).body();
        assertThat(linked.get("legs").get(STAY).get("marketplaceBookingId").asString()).isEqualTo(bookingId);
        assertThat(linked.get("legs").get(STAY).get("booking").isNull()).isTrue();

        confirm(bookingId, me, "3360");
        await().atMost(TripWorld.WAIT).untilAsserted(() -> assertThat(stay(me, tripId).get("booking").isNull())
                .isFalse());
        JsonNode booking = stay(me, tripId).get("booking");
        assertThat(booking.get("platform").asString()).isEqualTo("TripAvail");
        assertThat(booking.get("bookingReference").asString()).isEqualTo(bookingId);
        assertThat(booking.get("cost").get("amount").decimalValue()).isEqualByComparingTo("3360");
        assertThat(booking.get("source").asString()).isEqualTo("MARKETPLACE");
        assertThat(world.get(me.token(), tripId).get("status").asString()).isEqualTo("PARTIALLY_BOOKED");

        TripWorld.publish(Topics.BOOKING_EVENTS, bookingId, new BookingCancelled(bookingId, me.userId(),
                "provider-1", "GUEST", "changed plans", Money.of("1680", "INR"), Instant.now()));
        await().atMost(TripWorld.WAIT).untilAsserted(() -> assertThat(stay(me, tripId).get("booking").isNull())
                .isTrue());
        assertThat(world.get(me.token(), tripId).get("status").asString()).isEqualTo("PLANNED");
    }

    @Test
    void aConfirmationBeforeTheLinkIsRememberedAndBooksTheStayOnLinking() {
        Traveller me = TripWorld.traveller();
        String tripId = tripOf(me);
        String bookingId = "booking-" + UUID.randomUUID();

        confirm(bookingId, me, "2800");
        await().atMost(TripWorld.WAIT).until(() -> dsl.fetchCount(MARKETPLACE_BOOKING,
                MARKETPLACE_BOOKING.BOOKING_ID.eq(bookingId)) == 1);

        JsonNode linked = link(me, tripId, STAY, bookingId).expect(200).body();
        JsonNode booking = linked.get("legs").get(STAY).get("booking");
        assertThat(booking.get("bookingReference").asString()).isEqualTo(bookingId);
        assertThat(booking.get("cost").get("amount").decimalValue()).isEqualByComparingTo("2800");
        assertThat(linked.get("status").asString()).isEqualTo("PARTIALLY_BOOKED");
    }

    @Test
    void onlyTheTravellersOwnBookingOfAStayCanBeLinked() {
        Traveller me = TripWorld.traveller();
        Traveller someoneElse = TripWorld.traveller();
        String tripId = tripOf(me);
        String theirs = "booking-" + UUID.randomUUID();
        confirm(theirs, someoneElse, "2800");
        await().atMost(TripWorld.WAIT).until(() -> dsl.fetchCount(MARKETPLACE_BOOKING,
                MARKETPLACE_BOOKING.BOOKING_ID.eq(theirs)) == 1);

        link(me, tripId, STAY, theirs).expectProblem(422);
        assertThat(dsl.select(MARKETPLACE_BOOKING.TRIP_ID).from(MARKETPLACE_BOOKING)
                .where(MARKETPLACE_BOOKING.BOOKING_ID.eq(theirs)).fetchOne(MARKETPLACE_BOOKING.TRIP_ID)).isNull();

        // linked before it is confirmed, someone else's booking never books the leg
        String later = "booking-" + UUID.randomUUID();
        link(me, tripId, STAY, later).expect(200);
        confirm(later, someoneElse, "2800");
        // the consumer tells the trip before it commits the row: once the row is there, the trip has answered
        await().atMost(TripWorld.WAIT).until(() -> dsl.fetchCount(MARKETPLACE_BOOKING,
                MARKETPLACE_BOOKING.BOOKING_ID.eq(later).and(MARKETPLACE_BOOKING.STATUS.eq("CONFIRMED"))) == 1);
        // a change of the trip's own, answered once the view shows it, shows whatever came before it too
        JsonNode trip = world.markBooked(me.token(), tripId, TRAIN, "IRCTC", "PNR-1", "1500").expect(200).body();
        assertThat(trip.get("legs").get(STAY).get("booking").isNull()).isTrue();
        assertThat(trip.get("legs").get(STAY).get("marketplaceBookingId").asString()).isEqualTo(later);

        // another leg, another traveller's trip, a malformed request
        link(me, tripId, TRAIN, "booking-" + UUID.randomUUID()).expectProblem(422);
        link(someoneElse, tripId, STAY, "booking-" + UUID.randomUUID()).expectProblem(404);
        world.api.post("/api/trips/" + tripId + "/legs/" + STAY + "/marketplace-booking", me.token(), Map.of())
                .expectProblem(400);
    }

    @Test
    void publishedListingsOfACityAreSuggestedAsStaysNewestChangeFirst() {
        String city = "Agra-" + UUID.randomUUID().toString().substring(0, 8);
        String listing = "listing-" + UUID.randomUUID();
        String paused = "listing-" + UUID.randomUUID();
        ListedRoomType deluxe = new ListedRoomType("room-" + UUID.randomUUID(), "Deluxe King", 2,
                Money.of("4200", "INR"));
        ListedRoomType standard = new ListedRoomType("room-" + UUID.randomUUID(), "Standard Twin", 2,
                Money.of("2500.00", "INR"));
        Instant at = Instant.now();
        publishListing(listing, 5, new ListingChanged(listing, "provider-1", "Taj View", city, "IN", "Asia/Kolkata",
                "PUBLISHED", List.of(deluxe, standard), at));
        // an older change arriving late changes nothing
        String late = publishListing(listing, 3, new ListingChanged(listing, "provider-1", "Old Name", city, "IN",
                "Asia/Kolkata", "DRAFT", List.of(deluxe), at));
        String pausedChange = publishListing(paused, 2, new ListingChanged(paused, "provider-2", "Closed Inn", city,
                "IN", "Asia/Kolkata", "PAUSED", List.of(new ListedRoomType("room-" + UUID.randomUUID(), "Any", 1,
                        Money.of("900", "INR"))), at));
        await().atMost(TripWorld.WAIT).until(() -> processed(late) && processed(pausedChange));

        LocalDate checkIn = LocalDate.of(2026, 12, 1);
        List<StaySuggestion> suggestions = staySuggestions.inCity(city, checkIn, checkIn.plusDays(1));
        assertThat(suggestions).extracting(StaySuggestion::productId)
                .containsExactly(standard.roomTypeId(), deluxe.roomTypeId());
        assertThat(suggestions.getFirst()).satisfies(suggestion -> {
            assertThat(suggestion.productType()).isEqualTo("STAY");
            assertThat(suggestion.listingId()).isEqualTo(listing);
            assertThat(suggestion.name()).isEqualTo("Taj View – Standard Twin");
            assertThat(suggestion.priceFrom()).isEqualTo(Money.of("2500", "INR"));
        });
        assertThat(staySuggestions.inCity(city.toUpperCase(), checkIn, checkIn.plusDays(1))).hasSize(2);
        assertThat(staySuggestions.inCity("Nowhere", checkIn, checkIn.plusDays(1))).isEmpty();
    }

    /** @return the envelope's eventId */
    private static String publishListing(String listingId, long sequence, ListingChanged change) {
        EventEnvelope envelope = ContractJson.wrap(UUID.randomUUID().toString(), change.at(), listingId, sequence,
                change);
        TripWorld.publish(Topics.INVENTORY_EVENTS, envelope);
        return envelope.eventId();
    }

    /** The stay catalogue's consumer has handled the message (the platform's inbox records it). */
    private boolean processed(String eventId) {
        return dsl.fetchExists(DSL.selectOne().from(DSL.table("processed_message"))
                .where(DSL.field("consumer").like("%stay-catalogue%").and(DSL.field("event_id").eq(eventId))));
    }
}

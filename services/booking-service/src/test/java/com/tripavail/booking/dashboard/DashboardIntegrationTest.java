package com.tripavail.booking.dashboard;

import static com.tripavail.booking.jooq.Tables.BOOKING_DASHBOARD;
import static com.tripavail.booking.jooq.Tables.BOOKING_REFUND;
import static com.tripavail.booking.ledger.BookingEventStories.inr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.booking.BookingIntegrationTest;
import com.tripavail.booking.event.CancelledBy;
import com.tripavail.booking.event.RefundSplit;
import com.tripavail.booking.ledger.BookingEventStories;
import com.tripavail.booking.ledger.BookingEventStories.Story;
import com.tripavail.booking.query.dashboard.BookingDashboardProjection;
import com.tripavail.testsupport.HttpApi;
import com.tripavail.testsupport.TestJwt;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The dashboards projected from booking events on the event store: a traveller's own bookings
 * with the hold countdown, a provider's bookings by status, arrivals and departures and
 * performance, the admin's statistics; who may read what; 400 for bad parameters; a replay
 * rebuilds the same rows.
 */
@BookingIntegrationTest
class DashboardIntegrationTest {

    /** Every booking of this class is quoted in March 2032 and starts in June 2032. */
    static final Instant AT = Instant.parse("2032-03-05T10:00:00Z");
    static final LocalDate CHECK_IN = LocalDate.of(2032, 6, 10);

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionManager transactions;
    @Autowired
    DSLContext dsl;

    HttpApi api;
    BookingEventStories stories;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        stories = new BookingEventStories(eventStore, transactions, dsl);
    }

    @Test
    void travellersProvidersAndAdminsSeeTheirDashboards_andAReplayRebuildsThem() {
        String traveler = BookingEventStories.id("traveler");
        String otherTraveler = BookingEventStories.id("traveler");
        String hotelUser = BookingEventStories.id("user-hotel");
        String otherHotelUser = BookingEventStories.id("user-hotel");
        String hotel = BookingEventStories.id("provider");
        String otherHotel = BookingEventStories.id("provider");
        stories.providerAccount(hotel, hotelUser);
        stories.providerAccount(otherHotel, otherHotelUser);

        Story confirmed = BookingEventStories.story(traveler, hotel, CHECK_IN, AT);
        stories.confirm(confirmed);
        Story held = BookingEventStories.story(traveler, hotel, CHECK_IN.plusDays(5), AT.plusSeconds(60));
        Instant expiresAt = Instant.now().plus(Duration.ofMinutes(15));
        stories.hold(held, expiresAt);
        Story rejected = BookingEventStories.story(traveler, hotel, CHECK_IN.plusDays(6), AT.plusSeconds(120));
        stories.rejected(rejected);
        Story cancelled = BookingEventStories.story(traveler, otherHotel, CHECK_IN.plusDays(1), AT.plusSeconds(180));
        stories.confirm(cancelled);
        stories.cancel(cancelled, CancelledBy.GUEST,
                new RefundSplit(inr("5650.00"), inr("5100.00"), inr("550.00"), inr("0.00")),
                BookingEventStories.id("refund"));
        Story othersBooking = BookingEventStories.story(otherTraveler, otherHotel, CHECK_IN.plusDays(2),
                AT.plusSeconds(240));
        stories.confirm(othersBooking);
        List<String> bookings = List.of(confirmed.bookingId(), held.bookingId(), rejected.bookingId(),
                cancelled.bookingId(), othersBooking.bookingId());
        awaitDashboard(bookings, "CONFIRMED", "HOLD", "HOLD_REJECTED", "CANCELLED_BY_GUEST", "CONFIRMED");
        await().atMost(Duration.ofSeconds(30)).until(() -> dsl.fetchCount(BOOKING_REFUND,
                BOOKING_REFUND.BOOKING_ID.eq(cancelled.bookingId())) == 1);

        // the traveller: own bookings, newest first, prices by stage, the hold counting down
        JsonNode mine = api.get("/api/bookings/mine", TestJwt.token(traveler, "TRAVELER")).expect(200).body();
        assertThat(mine.get("totalItems").asLong()).isEqualTo(4);
        List<String> ids = new ArrayList<>();
        mine.get("items").forEach(i -> ids.add(i.get("bookingId").asString()));
        assertThat(ids).containsExactly(cancelled.bookingId(), rejected.bookingId(), held.bookingId(),
                confirmed.bookingId());
        JsonNode cancelledView = mine.get("items").get(0);
        assertThat(cancelledView.get("status").asString()).isEqualTo("CANCELLED_BY_GUEST");
        assertThat(cancelledView.get("refunded").decimalValue()).isEqualByComparingTo("5650.00");
        assertThat(cancelledView.get("holdSecondsRemaining").isNull()).isTrue();
        JsonNode rejectedView = mine.get("items").get(1);
        assertThat(rejectedView.get("status").asString()).isEqualTo("HOLD_REJECTED");
        assertThat(rejectedView.get("outcomeReason").asString()).isEqualTo("SOLD_OUT");
        assertThat(rejectedView.get("price").get("stage").asString()).isEqualTo("QUOTE");
        JsonNode heldView = mine.get("items").get(2);
        assertThat(heldView.get("status").asString()).isEqualTo("HOLD");
        assertThat(heldView.get("price").get("stage").asString()).isEqualTo("HELD");
        assertThat(heldView.get("holdExpiresAt").asString()).isNotBlank();
        assertThat(heldView.get("holdSecondsRemaining").asLong()).isBetween(600L, 900L);
        JsonNode confirmedView = mine.get("items").get(3);
        assertThat(confirmedView.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmedView.get("price").get("stage").asString()).isEqualTo("SNAPSHOT");
        assertThat(confirmedView.get("price").get("total").decimalValue()).isEqualByComparingTo("11300.00");
        assertThat(confirmedView.get("product").get("startDate").asString()).isEqualTo(CHECK_IN.toString());
        assertThat(confirmedView.get("units").asInt()).isEqualTo(2);
        assertThat(confirmedView.get("guests").asInt()).isEqualTo(3);
        JsonNode secondPage = api.get("/api/bookings/mine?page=1&size=3", TestJwt.token(traveler, "TRAVELER"))
                .expect(200).body();
        assertThat(secondPage.get("items")).hasSize(1);
        assertThat(secondPage.get("items").get(0).get("bookingId").asString()).isEqualTo(confirmed.bookingId());
        JsonNode others = api.get("/api/bookings/mine", TestJwt.token(otherTraveler, "TRAVELER")).expect(200).body();
        assertThat(others.get("items")).hasSize(1);
        assertThat(others.get("items").get(0).get("bookingId").asString()).isEqualTo(othersBooking.bookingId());

        // the provider: bookings of their own profiles by status, arrivals and departures, performance
        String hotelToken = TestJwt.token(hotelUser, "PROVIDER");
        JsonNode all = api.get("/api/providers/me/bookings", hotelToken).expect(200).body();
        assertThat(all.get("totalItems").asLong()).isEqualTo(3);
        JsonNode confirmedOnly = api.get("/api/providers/me/bookings?status=CONFIRMED", hotelToken).expect(200).body();
        assertThat(confirmedOnly.get("items")).hasSize(1);
        assertThat(confirmedOnly.get("items").get(0).get("bookingId").asString()).isEqualTo(confirmed.bookingId());
        assertThat(confirmedOnly.get("items").get(0).get("providerEarnings").decimalValue())
                .isEqualByComparingTo("10200.00");
        JsonNode otherHotelBookings = api.get("/api/providers/me/bookings", TestJwt.token(otherHotelUser, "PROVIDER"))
                .expect(200).body();
        assertThat(otherHotelBookings.get("totalItems").asLong()).isEqualTo(2);

        JsonNode movements = api.get("/api/providers/me/arrivals?from=" + CHECK_IN + "&to=" + CHECK_IN.plusDays(30),
                hotelToken).expect(200).body();
        assertThat(movements).hasSize(2);
        assertThat(movements.get(0).get("movement").asString()).isEqualTo("ARRIVAL");
        assertThat(movements.get(0).get("date").asString()).isEqualTo(CHECK_IN.toString());
        assertThat(movements.get(1).get("movement").asString()).isEqualTo("DEPARTURE");
        assertThat(movements.get(1).get("date").asString()).isEqualTo(CHECK_IN.plusDays(2).toString());
        JsonNode departuresOnly = api.get("/api/providers/me/arrivals?from=" + CHECK_IN.plusDays(1) + "&to="
                + CHECK_IN.plusDays(3), hotelToken).expect(200).body();
        assertThat(departuresOnly).hasSize(1);
        assertThat(departuresOnly.get(0).get("movement").asString()).isEqualTo("DEPARTURE");

        JsonNode performance = api.get("/api/providers/me/performance?from=2032-06-01&to=2032-06-30", hotelToken)
                .expect(200).body();
        assertThat(performance).hasSize(1);
        assertThat(performance.get(0).get("month").asString()).isEqualTo("2032-06");
        assertThat(performance.get(0).get("bookings").asLong()).isEqualTo(1);
        assertThat(performance.get(0).get("revenue").decimalValue()).isEqualByComparingTo("10200.00");
        assertThat(performance.get(0).get("roomNights").asLong()).isEqualTo(4);
        JsonNode otherPerformance = api.get("/api/providers/me/performance?from=2032-06-01&to=2032-06-30",
                TestJwt.token(otherHotelUser, "PROVIDER")).expect(200).body();
        assertThat(otherPerformance).hasSize(1); // the cancelled booking earns nothing
        assertThat(otherPerformance.get(0).get("revenue").decimalValue()).isEqualByComparingTo("10200.00");

        // the admin: per status, gross booking value, commission and refunds in the month
        String admin = TestJwt.token("admin-dashboard", "ADMIN");
        JsonNode stats = api.get("/api/admin/stats?from=2032-03-01&to=2032-03-31&granularity=MONTH", admin)
                .expect(200).body();
        assertThat(stats).hasSize(1);
        JsonNode march = stats.get(0);
        assertThat(march.get("period").asString()).isEqualTo("2032-03-01");
        assertThat(march.get("bookingsByStatus").get("CONFIRMED").asLong()).isEqualTo(2);
        assertThat(march.get("bookingsByStatus").get("HOLD").asLong()).isEqualTo(1);
        assertThat(march.get("bookingsByStatus").get("HOLD_REJECTED").asLong()).isEqualTo(1);
        assertThat(march.get("bookingsByStatus").get("CANCELLED_BY_GUEST").asLong()).isEqualTo(1);
        JsonNode inr = march.get("amounts").get(0);
        assertThat(inr.get("currency").asString()).isEqualTo("INR");
        assertThat(inr.get("grossBookingValue").decimalValue()).isEqualByComparingTo("33900.00");
        assertThat(inr.get("commission").decimalValue()).isEqualByComparingTo("3300.00");
        assertThat(inr.get("refunds").decimalValue()).isEqualByComparingTo("5650.00");
        JsonNode byDay = api.get("/api/admin/stats?from=2032-03-05&to=2032-03-05", admin).expect(200).body();
        assertThat(byDay).hasSize(1);
        assertThat(byDay.get(0).get("period").asString()).isEqualTo("2032-03-05");

        // who may not
        api.get("/api/admin/stats?from=2032-03-01&to=2032-03-31", hotelToken).expectProblem(403);
        api.get("/api/providers/me/bookings", TestJwt.token(traveler, "TRAVELER")).expectProblem(403);
        api.get("/api/bookings/mine", null).expect(401);

        // a replay rebuilds the same rows
        List<Record> before = rows(bookings);
        dsl.update(BOOKING_DASHBOARD).set(BOOKING_DASHBOARD.STATUS, "QUOTE")
                .where(BOOKING_DASHBOARD.BOOKING_ID.in(bookings)).execute();
        dsl.deleteFrom(BOOKING_REFUND).where(BOOKING_REFUND.BOOKING_ID.eq(cancelled.bookingId())).execute();
        api.post("/api/admin/processors/" + BookingDashboardProjection.PROCESSING_GROUP + "/replay", admin, null)
                .expect(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode status = api.get("/api/admin/processors/" + BookingDashboardProjection.PROCESSING_GROUP, admin)
                    .expect(200).body();
            assertThat(status.get("replaying").asBoolean()).as("replaying in %s", status).isFalse();
            assertThat(status.get("lag").asLong()).isZero();
            assertThat(status.get("error").asBoolean()).as("error in %s", status).isFalse();
        });
        assertThat(rows(bookings)).isEqualTo(before);
    }

    @Test
    void badParametersAreRefusedWith400() {
        String traveler = TestJwt.token(BookingEventStories.id("traveler"), "TRAVELER");
        String hotelUser = BookingEventStories.id("user-hotel");
        stories.providerAccount(BookingEventStories.id("provider"), hotelUser);
        String provider = TestJwt.token(hotelUser, "PROVIDER");
        String admin = TestJwt.token("admin-dashboard", "ADMIN");
        api.get("/api/bookings/mine?size=0", traveler).expectProblem(400);
        api.get("/api/bookings/mine?page=-2", traveler).expectProblem(400);
        api.get("/api/bookings/mine?size=many", traveler).expectProblem(400);
        api.get("/api/providers/me/bookings?status=LOST", provider).expectProblem(400);
        api.get("/api/providers/me/arrivals?from=2032-06-10&to=2032-06-01", provider).expectProblem(400);
        api.get("/api/providers/me/arrivals?from=2032-13-01", provider).expectProblem(400);
        api.get("/api/providers/me/performance?from=2032-06-01", provider).expectProblem(400);
        api.get("/api/providers/me/performance?from=2020-01-01&to=2032-06-01", provider).expectProblem(400);
        api.get("/api/admin/stats?from=2032-03-01&to=2032-03-31&granularity=WEEK", admin).expectProblem(400);
        api.get("/api/admin/stats?from=2032-03-31&to=2032-03-01", admin).expectProblem(400);
        api.get("/api/admin/stats?to=2032-03-01", admin).expectProblem(400);
        api.get("/api/admin/stats?from=2030-01-01&to=2032-03-01&granularity=DAY", admin).expectProblem(400);
    }

    private void awaitDashboard(List<String> bookings, String... statuses) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (int i = 0; i < bookings.size(); i++) {
                assertThat(dsl.select(BOOKING_DASHBOARD.STATUS).from(BOOKING_DASHBOARD)
                        .where(BOOKING_DASHBOARD.BOOKING_ID.eq(bookings.get(i))).fetchOne(BOOKING_DASHBOARD.STATUS))
                        .as("status of %s", bookings.get(i)).isEqualTo(statuses[i]);
            }
        });
    }

    private List<Record> rows(List<String> bookings) {
        List<Record> rows = new ArrayList<>(dsl.selectFrom(BOOKING_DASHBOARD)
                .where(BOOKING_DASHBOARD.BOOKING_ID.in(bookings)).orderBy(BOOKING_DASHBOARD.BOOKING_ID).fetch());
        rows.addAll(dsl.selectFrom(BOOKING_REFUND).where(BOOKING_REFUND.BOOKING_ID.in(bookings))
                .orderBy(BOOKING_REFUND.REFUND_ID).fetch());
        return rows;
    }
}

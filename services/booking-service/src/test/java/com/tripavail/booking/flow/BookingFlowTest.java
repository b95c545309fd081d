package com.tripavail.booking.flow;

import static com.tripavail.booking.flow.Marketplace.DECLINED_CARD;
import static com.tripavail.booking.flow.Marketplace.GOOD_CARD;
import static com.tripavail.booking.flow.Marketplace.WAIT;
import static com.tripavail.booking.flow.Marketplace.traveller;
import static com.tripavail.booking.jooq.Tables.BOOKING_VIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.booking.BookingIntegrationTest;
import com.tripavail.booking.flow.Marketplace.Hotel;
import com.tripavail.testsupport.HttpApi;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The booking flow across real Kafka and PostgreSQL with the real inventory service: quote, hold,
 * pay through the simulated provider's signed webhook, confirmation and the sale in inventory;
 * refusals, declines, cancellation and who may see what.
 */
@BookingIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingFlowTest {

    static final LocalDate CHECK_IN = LocalDate.now().plusDays(30);
    static final LocalDate CHECK_OUT = CHECK_IN.plusDays(2);

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;

    Marketplace market;

    @BeforeAll
    void marketplace() {
        InventoryInProcess.context();
        market = new Marketplace(port, dsl);
    }

    @Test
    void aTravellerQuotesHoldsPaysAndIsConfirmed() {
        Hotel hotel = market.hotel(5, "4000.00", CHECK_IN.minusDays(1), 10);
        String traveller = traveller();

        JsonNode quote = market.quote(traveller, hotel, CHECK_IN, CHECK_OUT, 1);
        String bookingId = quote.path("bookingId").asString();
        assertThat(quote.path("status").asString()).isEqualTo("QUOTE");
        // 2 nights × 4,000 = 8,000; taxes 12 % = 960; commission 15 % of the subtotal = 1,200
        assertThat(quote.at("/price/subtotal/amount").decimalValue()).isEqualByComparingTo("8000");
        assertThat(quote.at("/price/taxes/amount").decimalValue()).isEqualByComparingTo("960");
        assertThat(quote.at("/price/total/amount").decimalValue()).isEqualByComparingTo("8960");
        assertThat(quote.at("/price/commission/amount").decimalValue()).isEqualByComparingTo("1200");
        assertThat(quote.at("/price/providerEarnings/amount").decimalValue()).isEqualByComparingTo("7760");

        JsonNode held = market.hold(traveller, bookingId);
        assertThat(held.path("status").asString()).isEqualTo("HOLD");
        assertThat(held.path("holdSecondsLeft").asLong()).isBetween(1L, 15 * 60L);
        assertThat(held.at("/price/lines").size()).isEqualTo(2);

        JsonNode paid = market.pay(traveller, bookingId, GOOD_CARD).expect(202).body();
        assertThat(paid.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(paid.path("priceFixed").asBoolean()).isTrue();
        assertThat(paid.at("/price/total/amount").decimalValue()).isEqualByComparingTo("8960");

        // inventory turned the hold into a sale of one room on both nights
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode nights = market.occupancy(hotel, CHECK_IN, CHECK_OUT.minusDays(1));
            assertThat(nights.size()).isEqualTo(2);
            nights.forEach(night -> {
                assertThat(night.path("sold").asInt()).isEqualTo(1);
                assertThat(night.path("held").asInt()).isZero();
            });
        });
        // the provider sees the booking; another traveller does not
        assertThat(market.get(hotel.token(), bookingId).path("status").asString()).isEqualTo("CONFIRMED");
        market.booking.get("/api/bookings/" + bookingId, traveller()).expectProblem(404);
    }

    @Test
    void theLastRoomGoesToOneTravellerAndTheOtherIsRefused() {
        Hotel hotel = market.hotel(1, "3000.00", CHECK_IN, 5);
        String first = traveller();
        String second = traveller();
        String firstBooking = market.quote(first, hotel, CHECK_IN, CHECK_OUT, 1).path("bookingId").asString();
        String secondBooking = market.quote(second, hotel, CHECK_IN, CHECK_OUT, 1).path("bookingId").asString();

        assertThat(market.hold(first, firstBooking).path("status").asString()).isEqualTo("HOLD");
        JsonNode refused = market.hold(second, secondBooking);
        assertThat(refused.path("status").asString()).isEqualTo("HOLD_REJECTED");
        assertThat(refused.path("outcomeReason").asString()).isEqualTo("SOLD_OUT");
        // a refused booking cannot be held or paid again
        market.booking.post("/api/bookings/" + secondBooking + "/hold", second, null).expectProblem(409);
        market.pay(second, secondBooking, GOOD_CARD).expectProblem(409);
    }

    @Test
    void aDeclinedCardLeavesTheBookingHeldAndASecondCardConfirmsIt() {
        Hotel hotel = market.hotel(2, "2500.00", CHECK_IN, 5);
        String traveller = traveller();
        String bookingId = market.quote(traveller, hotel, CHECK_IN, CHECK_OUT, 1).path("bookingId").asString();
        market.hold(traveller, bookingId);

        JsonNode declined = market.pay(traveller, bookingId, DECLINED_CARD).expect(202).body();
        assertThat(declined.path("status").asString()).isEqualTo("HOLD");
        assertThat(declined.path("outcomeReason").asString()).isEqualTo("PAYMENT_DECLINED");

        assertThat(market.pay(traveller, bookingId, GOOD_CARD).expect(202).body().path("status").asString())
                .isEqualTo("CONFIRMED");
    }

    @Test
    void aGuestCancellationWellAheadRefundsEverythingAndGivesTheRoomBack() {
        Hotel hotel = market.hotel(1, "5000.00", CHECK_IN, 5);
        String traveller = traveller();
        String bookingId = market.quote(traveller, hotel, CHECK_IN, CHECK_OUT, 1).path("bookingId").asString();
        market.hold(traveller, bookingId);
        market.pay(traveller, bookingId, GOOD_CARD).expect(202);

        // nobody else may cancel it
        market.booking.post("/api/bookings/" + bookingId + "/cancel", traveller(), Map.of()).expectProblem(404);

        JsonNode cancelled = market.booking.post("/api/bookings/" + bookingId + "/cancel", traveller,
                Map.of("reason", "plans changed")).expect(200).body();
        assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED_BY_GUEST");
        // 30 days ahead, the policy (full refund until 7 days before) gives back the whole 11,200
        assertThat(cancelled.path("refundAmount").decimalValue()).isEqualByComparingTo(new BigDecimal("11200"));

        await().atMost(WAIT).untilAsserted(() -> market.occupancy(hotel, CHECK_IN, CHECK_OUT.minusDays(1))
                .forEach(night -> assertThat(night.path("free").asInt()).isOne()));
        // the room is for sale again
        String next = market.quote(traveller(), hotel, CHECK_IN, CHECK_OUT, 1).path("bookingId").asString();
        assertThat(next).isNotEqualTo(bookingId);
    }

    @Test
    void aProviderCancelsAConfirmedBooking() {
        Hotel hotel = market.hotel(1, "1000.00", CHECK_IN, 5);
        String traveller = traveller();
        String bookingId = market.quote(traveller, hotel, CHECK_IN, CHECK_OUT, 1).path("bookingId").asString();
        market.hold(traveller, bookingId);
        market.pay(traveller, bookingId, GOOD_CARD).expect(202);

        JsonNode cancelled = market.booking.post("/api/bookings/" + bookingId + "/cancel", hotel.token(),
                Map.of("reason", "flooded")).expect(200).body();
        assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED_BY_PROVIDER");
        assertThat(cancelled.path("refundAmount").decimalValue()).isEqualByComparingTo("2240");
        // cancelled twice: a conflict, nothing changes
        market.booking.post("/api/bookings/" + bookingId + "/cancel", traveller, Map.of()).expectProblem(409);
    }

    @Test
    void onlyTheTravellerMayHoldOrPayTheirQuote() {
        Hotel hotel = market.hotel(1, "1000.00", CHECK_IN, 5);
        String traveller = traveller();
        String bookingId = market.quote(traveller, hotel, CHECK_IN, CHECK_OUT, 1).path("bookingId").asString();
        String stranger = traveller();
        market.booking.post("/api/bookings/" + bookingId + "/hold", stranger, null).expectProblem(404);
        market.pay(stranger, bookingId, GOOD_CARD).expectProblem(404);
        market.booking.get("/api/bookings/" + bookingId, stranger).expectProblem(404);
        assertThat(market.get(traveller, bookingId).path("status").asString()).isEqualTo("QUOTE");
        // an admin may look
        assertThat(market.get(Marketplace.admin(), bookingId).path("status").asString()).isEqualTo("QUOTE");
    }

    @Test
    void badRequestsAreRefusedWithProblemsAndChangeNothing() {
        Hotel hotel = market.hotel(1, "1000.00", CHECK_IN, 5);
        String traveller = traveller();
        int before = dsl.fetchCount(BOOKING_VIEW);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        // no Idempotency-Key
        market.booking.post("/api/bookings", traveller, Map.of("productType", "STAY", "productId", hotel.roomTypeId(),
                "checkIn", CHECK_IN.toString(), "checkOut", CHECK_OUT.toString())).expectProblem(400);
        // malformed JSON, unknown product type, missing product
        market.booking.postRaw("/api/bookings", traveller, "{", key).expectProblem(400);
        market.booking.postRaw("/api/bookings", traveller, HttpApi.json(Map.of("productType", "CASTLE",
                "productId", "x")), Map.of("Idempotency-Key", UUID.randomUUID().toString())).expectProblem(400);
        // checkOut before checkIn, the past, too many guests, an unknown room type, a price sent by the client
        quoteProblem(traveller, Map.of("productType", "STAY", "productId", hotel.roomTypeId(),
                "checkIn", CHECK_OUT.toString(), "checkOut", CHECK_IN.toString()), 422);
        quoteProblem(traveller, Map.of("productType", "STAY", "productId", hotel.roomTypeId(),
                "checkIn", LocalDate.now().minusDays(3).toString(), "checkOut", LocalDate.now().toString()), 422);
        quoteProblem(traveller, Map.of("productType", "STAY", "productId", hotel.roomTypeId(),
                "checkIn", CHECK_IN.toString(), "checkOut", CHECK_OUT.toString(), "units", 1, "guests", 3), 422);
        quoteProblem(traveller, Map.of("productType", "STAY", "productId", "no-such-room",
                "checkIn", CHECK_IN.toString(), "checkOut", CHECK_OUT.toString()), 422);
        quoteProblem(traveller, Map.of("productType", "STAY", "productId", hotel.roomTypeId(),
                "checkIn", CHECK_IN.toString(), "checkOut", CHECK_OUT.toString(), "units", 0), 400);
        // anonymous
        market.booking.postRaw("/api/bookings", null, "{}", key).expectProblem(401);
        assertThat(dsl.fetchCount(BOOKING_VIEW)).isEqualTo(before);

        // a booking that exists, with bad parameters and a card failing the check digit
        String bookingId = market.quote(traveller, hotel, CHECK_IN, CHECK_OUT, 1).path("bookingId").asString();
        market.booking.get("/api/bookings/" + bookingId + "?waitSeconds=-1", traveller).expectProblem(400);
        market.booking.get("/api/bookings/" + bookingId + "?waitSeconds=abc", traveller).expectProblem(400);
        market.hold(traveller, bookingId);
        market.pay(traveller, bookingId, "4242424242424241").expectProblem(422);
        market.pay(traveller, bookingId, "not a card").expectProblem(400);
        market.booking.post("/api/bookings/" + bookingId + "/payment", traveller,
                Map.of("cardNumber", GOOD_CARD, "provider", "nobody")).expectProblem(422);
        assertThat(market.get(traveller, bookingId).path("status").asString()).isEqualTo("HOLD");
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameBookingAndAnotherBodyIsRefused() {
        Hotel hotel = market.hotel(1, "1000.00", CHECK_IN, 5);
        String traveller = traveller();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String body = HttpApi.json(Map.of("productType", "STAY", "productId", hotel.roomTypeId(),
                "checkIn", CHECK_IN.toString(), "checkOut", CHECK_OUT.toString()));
        HttpApi.Response first = market.booking.postRaw("/api/bookings", traveller, body, key).expect(201);
        HttpApi.Response again = market.booking.postRaw("/api/bookings", traveller, body, key).expect(201);
        assertThat(again.text("bookingId")).isEqualTo(first.text("bookingId"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        String other = HttpApi.json(Map.of("productType", "STAY", "productId", hotel.roomTypeId(),
                "checkIn", CHECK_IN.toString(), "checkOut", CHECK_OUT.plusDays(1).toString()));
        market.booking.postRaw("/api/bookings", traveller, other, key).expectProblem(422);
        assertThat(dsl.fetchCount(BOOKING_VIEW, BOOKING_VIEW.PRODUCT_ID.eq(hotel.roomTypeId()))).isOne();
    }

    private void quoteProblem(String token, Map<String, Object> body, int status) {
        market.booking.postRaw("/api/bookings", token, HttpApi.json(body),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).expectProblem(status);
    }
}

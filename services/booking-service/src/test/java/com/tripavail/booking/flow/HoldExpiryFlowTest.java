package com.tripavail.booking.flow;

import static com.tripavail.booking.flow.Marketplace.GOOD_CARD;
import static com.tripavail.booking.flow.Marketplace.WAIT;
import static com.tripavail.booking.flow.Marketplace.admin;
import static com.tripavail.booking.flow.Marketplace.traveller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.booking.BookingIntegrationTest;
import com.tripavail.booking.flow.Marketplace.Hotel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Holds that run out, over the REST API with the real inventory service: a hold of a few seconds
 * that nobody pays expires by its deadline and gives the room back, and a payment whose capture
 * (the simulated provider's webhook, slower here than the hold) arrives after the expiry is
 * refunded whole, through the ledger's unapplied payments.
 */
@BookingIntegrationTest
@TestPropertySource(properties = {
        "tripavail.booking.hold-duration=" + HoldExpiryFlowTest.HOLD_SECONDS + "s",
        "tripavail.booking.payments.providers.simulated.webhook-delay=" + HoldExpiryFlowTest.WEBHOOK_DELAY_SECONDS + "s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext // a context of its own (the short hold): closed after this class, not kept busy beside the others
class HoldExpiryFlowTest {

    static final int HOLD_SECONDS = 4;
    /** Longer than any hold: every capture in this context comes after its hold expired. */
    static final int WEBHOOK_DELAY_SECONDS = 6;
    static final LocalDate CHECK_IN = LocalDate.now().plusDays(60);
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
    void anUnpaidHoldExpiresGivesTheRoomBackAndCannotBePaidAnymore() {
        Hotel hotel = market.hotel(1, "3000.00", CHECK_IN, 5);
        String traveller = traveller();
        String bookingId = market.quote(traveller, hotel, CHECK_IN, CHECK_OUT, 1).path("bookingId").asString();
        JsonNode held = market.hold(traveller, bookingId);
        assertThat(held.path("status").asString()).isEqualTo("HOLD");
        assertThat(held.path("holdSecondsLeft").asLong()).isBetween(0L, (long) HOLD_SECONDS);
        await().atMost(WAIT).untilAsserted(() -> assertThat(freeRooms(hotel)).containsOnly(0));

        await().atMost(WAIT).untilAsserted(() -> assertThat(market.get(traveller, bookingId).path("status")
                .asString()).isEqualTo("EXPIRED_HOLD"));
        JsonNode expired = market.get(traveller, bookingId);
        assertThat(expired.path("holdSecondsLeft").isNumber()).as("no countdown once expired").isFalse();

        // inventory released the hold: the room is free on both nights and another traveller gets it
        await().atMost(WAIT).untilAsserted(() -> assertThat(freeRooms(hotel)).containsOnly(1));
        market.pay(traveller, bookingId, GOOD_CARD).expectProblem(409);
        assertThat(market.get(traveller, bookingId).path("status").asString()).isEqualTo("EXPIRED_HOLD");
        String next = traveller();
        String nextBooking = market.quote(next, hotel, CHECK_IN, CHECK_OUT, 1).path("bookingId").asString();
        assertThat(market.hold(next, nextBooking).path("status").asString()).isEqualTo("HOLD");

        // nothing was paid, nothing is in the ledger
        assertThat(market.booking.get("/api/admin/ledger?bookingId=" + bookingId, admin()).expect(200).body()
                .path("totalEntries").asLong()).isZero();
    }

    @Test
    void aPaymentCapturedAfterTheHoldExpiredIsRefundedWholeAndTheLedgerReversesIt() {
        Hotel hotel = market.hotel(1, "2500.00", CHECK_IN, 5);
        String traveller = traveller();
        String bookingId = market.quote(traveller, hotel, CHECK_IN, CHECK_OUT, 1).path("bookingId").asString();
        market.hold(traveller, bookingId);

        // paid in time; the provider answers only after the hold has run out
        JsonNode pending = market.booking.post("/api/bookings/" + bookingId + "/payment?waitSeconds=0", traveller,
                Map.of("cardNumber", GOOD_CARD)).expect(202).body();
        assertThat(pending.path("status").asString()).isEqualTo("PAYMENT_PENDING");
        String paymentId = pending.path("paymentId").asString();

        // the bounded wait returns when the booking leaves PAYMENT_PENDING: by expiry, not confirmation
        JsonNode expired = market.booking.get("/api/bookings/" + bookingId + "?waitSeconds=20", traveller).expect(200)
                .body();
        assertThat(expired.path("status").asString()).isEqualTo("EXPIRED_HOLD");
        String total = expired.at("/price/total/amount").decimalValue().stripTrailingZeros().toPlainString();
        assertThat(total).isEqualTo("5600");

        // the capture comes, the booking refuses it, the provider refunds it in full
        String admin = admin();
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode payments = market.booking.get("/api/admin/payments?bookingId=" + bookingId, admin).expect(200)
                    .body();
            assertThat(payments).hasSize(1);
            JsonNode payment = payments.get(0);
            assertThat(payment.path("paymentId").asString()).isEqualTo(paymentId);
            assertThat(payment.path("providerTxnId").asString()).isNotBlank();
            assertThat(payment.path("status").asString()).isEqualTo("REFUNDED");
            assertThat(payment.at("/refunded/amount").decimalValue()).isEqualByComparingTo(total);
            assertThat(payment.path("refunds")).singleElement()
                    .satisfies(refund -> assertThat(refund.path("status").asString()).isEqualTo("PAID"));
        });
        assertThat(market.get(traveller, bookingId).path("status").asString()).isEqualTo("EXPIRED_HOLD");

        // ledger: the unapplied payment posted and reversed; no earnings, no commission
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode page = market.booking.get("/api/admin/ledger?bookingId=" + bookingId, admin).expect(200).body();
            List<String> lines = new ArrayList<>();
            page.path("entries").forEach(e -> lines.add(e.path("side").asString() + " " + e.path("account").asString()
                    + " " + e.path("amount").decimalValue().stripTrailingZeros().toPlainString()));
            assertThat(lines).containsExactlyInAnyOrder("DEBIT TRAVELER " + total,
                    "CREDIT UNAPPLIED_PAYMENTS " + total, "DEBIT UNAPPLIED_PAYMENTS " + total,
                    "CREDIT TRAVELER " + total);
            assertThat(page.path("balanced").asBoolean()).isTrue();
        });
        JsonNode balance = market.booking.get("/api/admin/ledger/balance", admin).expect(200).body();
        assertThat(balance.path("balanced").asBoolean()).as("ledger balance %s", balance).isTrue();
        // and inventory never sold the room
        await().atMost(WAIT).untilAsserted(() -> assertThat(freeRooms(hotel)).containsOnly(1));
    }

    private List<Integer> freeRooms(Hotel hotel) {
        List<Integer> free = new ArrayList<>();
        market.occupancy(hotel, CHECK_IN, CHECK_OUT.minusDays(1)).forEach(night -> free.add(night.path("free").asInt()));
        return free;
    }
}

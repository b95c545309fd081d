package com.tripavail.booking.payment;

import static com.tripavail.booking.jooq.Tables.PAYMENT_REFUND_VIEW;
import static com.tripavail.booking.jooq.Tables.PAYMENT_VIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.booking.BookingIntegrationTest;
import com.tripavail.booking.command.RefundPaymentCommand;
import com.tripavail.booking.event.PaymentCapturedEvent;
import com.tripavail.booking.event.PaymentDeclinedEvent;
import com.tripavail.booking.event.PaymentRefundedEvent;
import com.tripavail.booking.event.RefundSplit;
import com.tripavail.booking.integration.payment.CreateIntentRequest;
import com.tripavail.booking.integration.payment.PaymentCard;
import com.tripavail.booking.integration.payment.simulated.SimulatedPaymentProvider;
import com.tripavail.booking.query.payment.PaymentProjection;
import com.tripavail.contracts.Money;
import com.tripavail.testsupport.HttpApi;
import com.tripavail.testsupport.TestJwt;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Replaying the payments projection through the admin API rebuilds identical rows. */
@BookingIntegrationTest
class PaymentReplayTest {

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;
    @Autowired
    SimulatedPaymentProvider simulated;

    @Test
    void givenCapturedDeclinedAndRefundedPayments_whenThePaymentsProjectionIsReplayed_thenItsRowsAreTheSame() {
        PaymentTestWorld world = new PaymentTestWorld(commands, eventStore, dsl, clock);
        PaymentTestWorld.OpenPayment captured = world.openPayment(PaymentTestWorld.AMOUNT);
        PaymentTestWorld.OpenPayment declined = world.openPayment(PaymentTestWorld.AMOUNT);
        PaymentTestWorld.OpenPayment refunded = world.openPayment(PaymentTestWorld.AMOUNT);
        PaymentTestWorld.OpenPayment opened = world.openPayment(PaymentTestWorld.AMOUNT);
        pay(captured, "4242424242424242");
        pay(declined, "4000000000000002");
        pay(refunded, "4242424242424242");
        world.awaitEvent(captured.paymentId(), PaymentCapturedEvent.class);
        world.awaitEvent(declined.paymentId(), PaymentDeclinedEvent.class);
        world.awaitEvent(refunded.paymentId(), PaymentCapturedEvent.class);
        Money half = Money.of("2260.00", "INR");
        Money zero = Money.zero("INR");
        commands.sendAndWait(new RefundPaymentCommand(refunded.paymentId(), "r1-" + refunded.paymentId(),
                new RefundSplit(half, half, zero, zero), "partly", clock.instant()));
        world.awaitEvent(refunded.paymentId(), PaymentRefundedEvent.class);
        commands.sendAndWait(new RefundPaymentCommand(refunded.paymentId(), "r2-" + refunded.paymentId(),
                new RefundSplit(Money.of("100.00", "INR"), zero, zero, Money.of("100.00", "INR")), "more",
                clock.instant()));
        HttpApi api = new HttpApi(port);
        String admin = TestJwt.token("admin-payments", "ADMIN");
        await().atMost(Duration.ofSeconds(20)).until(() -> dsl.fetchCount(PAYMENT_REFUND_VIEW,
                PAYMENT_REFUND_VIEW.PAYMENT_ID.eq(refunded.paymentId())
                        .and(PAYMENT_REFUND_VIEW.STATUS.eq("PAID"))) == 2);
        awaitCaughtUp(api, admin);
        List<Record> payments = payments();
        List<Record> refunds = refunds();
        assertThat(statusOf(captured)).isEqualTo("CAPTURED");
        assertThat(statusOf(declined)).isEqualTo("DECLINED");
        assertThat(statusOf(refunded)).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(statusOf(opened)).isEqualTo("INITIATED");

        // damage both tables by hand: only a rebuild from the events restores them
        dsl.update(PAYMENT_VIEW).set(PAYMENT_VIEW.STATUS, "BROKEN").execute();
        dsl.deleteFrom(PAYMENT_REFUND_VIEW).execute();
        api.post("/api/admin/processors/" + PaymentProjection.PROCESSING_GROUP + "/replay", admin, null).expect(202);
        awaitCaughtUp(api, admin);

        assertThat(payments()).isEqualTo(payments);
        assertThat(refunds()).isEqualTo(refunds);
    }

    private void pay(PaymentTestWorld.OpenPayment payment, String card) {
        simulated.createIntent(new CreateIntentRequest(payment.paymentId(), payment.bookingId(), payment.amount(),
                new PaymentCard(card)));
    }

    private String statusOf(PaymentTestWorld.OpenPayment payment) {
        return dsl.select(PAYMENT_VIEW.STATUS).from(PAYMENT_VIEW).where(PAYMENT_VIEW.PAYMENT_ID.eq(payment.paymentId()))
                .fetchOne(PAYMENT_VIEW.STATUS);
    }

    private void awaitCaughtUp(HttpApi api, String admin) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode status = api.get("/api/admin/processors/" + PaymentProjection.PROCESSING_GROUP, admin)
                    .expect(200).body();
            assertThat(status.get("replaying").asBoolean()).as("replaying in %s", status).isFalse();
            assertThat(status.get("lag").asLong()).isZero();
            assertThat(status.get("error").asBoolean()).as("error in %s", status).isFalse();
        });
    }

    private List<Record> payments() {
        return dsl.selectFrom(PAYMENT_VIEW).orderBy(PAYMENT_VIEW.PAYMENT_ID).fetch().stream().map(r -> (Record) r)
                .toList();
    }

    private List<Record> refunds() {
        return dsl.selectFrom(PAYMENT_REFUND_VIEW).orderBy(PAYMENT_REFUND_VIEW.REFUND_ID).fetch().stream()
                .map(r -> (Record) r).toList();
    }
}

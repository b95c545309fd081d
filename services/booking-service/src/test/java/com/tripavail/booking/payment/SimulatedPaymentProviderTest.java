package com.tripavail.booking.payment;

import static com.tripavail.booking.jooq.Tables.SIMULATED_PAYMENT_INTENT;
import static com.tripavail.booking.jooq.Tables.SIMULATED_WEBHOOK_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.tripavail.booking.BookingIntegrationTest;
import com.tripavail.booking.command.InitiatePaymentCommand;
import com.tripavail.booking.command.PaymentOutcome;
import com.tripavail.booking.command.RefundPaymentCommand;
import com.tripavail.booking.event.PaymentCapturedEvent;
import com.tripavail.booking.event.PaymentDeclinedEvent;
import com.tripavail.booking.event.PaymentInitiatedEvent;
import com.tripavail.booking.event.PaymentRefundRequestedEvent;
import com.tripavail.booking.event.PaymentRefundedEvent;
import com.tripavail.booking.event.RefundSplit;
import com.tripavail.booking.integration.payment.CreateIntentRequest;
import com.tripavail.booking.integration.payment.PaymentCard;
import com.tripavail.booking.integration.payment.PaymentGateways;
import com.tripavail.booking.integration.payment.PaymentIntent;
import com.tripavail.booking.integration.payment.PaymentRequestRefusedException;
import com.tripavail.booking.integration.payment.RefundRequest;
import com.tripavail.booking.integration.payment.simulated.SimulatedPaymentProvider;
import com.tripavail.contracts.Money;
import com.tripavail.testsupport.HttpApi;
import com.tripavail.testsupport.TestJwt;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The simulated provider end to end, over real HTTP into the service's own webhook and the real
 * Payment aggregate: a payment is opened, the port's {@code createIntent} is called, and the
 * provider's signed webhook records the outcome.
 */
@BookingIntegrationTest
class SimulatedPaymentProviderTest {

    static final String SUCCEEDS = "4242 4242 4242 4242";
    static final String ANOTHER_VALID_CARD = "5555555555554444";
    static final String DECLINED = "4000000000000002";
    static final String INSUFFICIENT_FUNDS = "4000000000009995";
    static final String FAILS_LUHN = "4242424242424241";

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
    PaymentGateways gateways;
    @Autowired
    SimulatedPaymentProvider simulated;

    PaymentTestWorld world;

    @BeforeEach
    void setUp() {
        world = new PaymentTestWorld(commands, eventStore, dsl, clock);
    }

    @Test
    void givenAGoodCard_whenAnIntentIsCreated_thenItIsProcessingAndItsWebhookCapturesThePayment() {
        PaymentTestWorld.OpenPayment payment = world.openPayment(PaymentTestWorld.AMOUNT);

        PaymentIntent intent = gateways.gateway("simulated").createIntent(request(payment, SUCCEEDS));

        assertThat(intent.status()).isEqualTo(PaymentIntent.Status.PROCESSING);
        assertThat(intent.providerTxnId()).startsWith("pi_");
        assertThat(intent.provider()).isEqualTo("simulated");
        PaymentCapturedEvent captured = world.awaitEvent(payment.paymentId(), PaymentCapturedEvent.class);
        assertThat(captured.providerTxnId()).isEqualTo(intent.providerTxnId());
        assertThat(captured.amount().sameAs(PaymentTestWorld.AMOUNT)).isTrue();
        assertThat(captured.bookingId()).isEqualTo(payment.bookingId());
        // once its event is out, the intent itself reports the outcome
        assertThat(simulated.createIntent(request(payment, SUCCEEDS)).status())
                .isEqualTo(PaymentIntent.Status.SUCCEEDED);
    }

    @Test
    void givenAnyOtherLuhnValidCard_whenAnIntentIsCreated_thenThePaymentIsCaptured() {
        PaymentTestWorld.OpenPayment payment = world.openPayment(Money.of("99.5", "EUR"));

        simulated.createIntent(request(payment, ANOTHER_VALID_CARD));

        assertThat(world.awaitEvent(payment.paymentId(), PaymentCapturedEvent.class).amount()
                .sameAs(Money.of("99.50", "EUR"))).isTrue();
    }

    @Test
    void givenTheDecliningTestCards_whenIntentsAreCreated_thenThePaymentsAreDeclinedWithTheirReasons() {
        PaymentTestWorld.OpenPayment declined = world.openPayment(PaymentTestWorld.AMOUNT);
        PaymentTestWorld.OpenPayment poor = world.openPayment(PaymentTestWorld.AMOUNT);

        PaymentIntent intent = simulated.createIntent(request(declined, DECLINED));
        simulated.createIntent(request(poor, INSUFFICIENT_FUNDS));

        assertThat(intent.status()).isEqualTo(PaymentIntent.Status.PROCESSING);
        PaymentDeclinedEvent first = world.awaitEvent(declined.paymentId(), PaymentDeclinedEvent.class);
        assertThat(first.reason()).isEqualTo("card_declined");
        assertThat(first.providerTxnId()).isEqualTo(intent.providerTxnId());
        assertThat(world.awaitEvent(poor.paymentId(), PaymentDeclinedEvent.class).reason())
                .isEqualTo("insufficient_funds");
        assertThat(world.events(declined.paymentId(), PaymentCapturedEvent.class)).isEmpty();
        assertThat(simulated.createIntent(request(declined, DECLINED)).status()).isEqualTo(PaymentIntent.Status.FAILED);
    }

    @Test
    void givenACardNumberFailingLuhn_whenAnIntentIsCreated_thenItIsRefusedOnTheSpotAndNothingIsKept() {
        PaymentTestWorld.OpenPayment payment = world.openPayment(PaymentTestWorld.AMOUNT);

        assertThatThrownBy(() -> simulated.createIntent(request(payment, FAILS_LUHN)))
                .isInstanceOfSatisfying(PaymentRequestRefusedException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(PaymentRequestRefusedException.INVALID_NUMBER);
                    assertThat(refused.getMessage()).doesNotContain(FAILS_LUHN);
                });
        assertThatThrownBy(() -> simulated.createIntent(request(payment, "4242-4242")))
                .isInstanceOf(PaymentRequestRefusedException.class);

        assertThat(dsl.fetchCount(SIMULATED_PAYMENT_INTENT,
                SIMULATED_PAYMENT_INTENT.PAYMENT_ID.eq(payment.paymentId()))).isZero();
        assertThat(world.events(payment.paymentId())).singleElement().isInstanceOf(PaymentInitiatedEvent.class);
    }

    @Test
    void givenTheSamePaymentIdTwice_whenIntentsAreCreated_thenItIsOneIntentAndOneCharge() {
        PaymentTestWorld.OpenPayment payment = world.openPayment(PaymentTestWorld.AMOUNT);

        PaymentIntent first = simulated.createIntent(request(payment, SUCCEEDS));
        PaymentIntent second = simulated.createIntent(request(payment, SUCCEEDS));

        assertThat(second.providerTxnId()).isEqualTo(first.providerTxnId());
        assertThat(dsl.fetchCount(SIMULATED_WEBHOOK_EVENT, SIMULATED_WEBHOOK_EVENT.INTENT_ID.eq(first.providerTxnId())))
                .isOne();
        world.awaitEvent(payment.paymentId(), PaymentCapturedEvent.class);
        assertThatThrownBy(() -> simulated.createIntent(new CreateIntentRequest(payment.paymentId(),
                payment.bookingId(), Money.of("1.00", "INR"), new PaymentCard(SUCCEEDS))))
                .isInstanceOfSatisfying(PaymentRequestRefusedException.class, refused -> assertThat(refused.code())
                        .isEqualTo(PaymentRequestRefusedException.IDEMPOTENCY_KEY_IN_USE));
    }

    @Test
    void givenADeliveredWebhook_whenTheProviderSendsItAgain_thenItIsAcknowledgedAndChangesNothing() {
        PaymentTestWorld.OpenPayment payment = world.openPayment(PaymentTestWorld.AMOUNT);
        PaymentIntent intent = simulated.createIntent(request(payment, SUCCEEDS));
        world.awaitEvent(payment.paymentId(), PaymentCapturedEvent.class);
        String eventId = dsl.select(SIMULATED_WEBHOOK_EVENT.EVENT_ID).from(SIMULATED_WEBHOOK_EVENT)
                .where(SIMULATED_WEBHOOK_EVENT.INTENT_ID.eq(intent.providerTxnId()))
                .fetchSingle(SIMULATED_WEBHOOK_EVENT.EVENT_ID);
        await().atMost(Duration.ofSeconds(10)).until(() -> dsl.fetchExists(SIMULATED_WEBHOOK_EVENT,
                SIMULATED_WEBHOOK_EVENT.EVENT_ID.eq(eventId).and(SIMULATED_WEBHOOK_EVENT.DELIVERED_AT.isNotNull())));

        assertThat(simulated.delivery().resend(eventId)).isEqualTo(200);
        assertThat(simulated.delivery().resend(eventId)).isEqualTo(200);

        assertThat(world.events(payment.paymentId(), PaymentCapturedEvent.class)).hasSize(1);
        assertThat(world.recordedWebhookEvents(eventId)).isOne();
    }

    @Test
    void givenACapturedPayment_whenItIsRefunded_thenTheProviderIsAskedAndItsWebhookMarksTheRefundPaid() {
        PaymentTestWorld.OpenPayment payment = world.openPayment(PaymentTestWorld.AMOUNT);
        PaymentIntent intent = simulated.createIntent(request(payment, SUCCEEDS));
        world.awaitEvent(payment.paymentId(), PaymentCapturedEvent.class);
        String refundId = PaymentTestWorld.id("refund");
        Money part = Money.of("1000.00", "INR");
        Money zero = Money.zero("INR");

        Object outcome = commands.sendAndWait(new RefundPaymentCommand(payment.paymentId(), refundId,
                new RefundSplit(part, part, zero, zero), "cancelled by guest", clock.instant()));

        assertThat(outcome).isInstanceOf(PaymentOutcome.Accepted.class);
        PaymentRefundedEvent refunded = world.awaitEvent(payment.paymentId(), PaymentRefundedEvent.class);
        assertThat(refunded.refundId()).isEqualTo(refundId);
        assertThat(refunded.refund().amount().sameAs(part)).isTrue();
        assertThat(world.events(payment.paymentId(), PaymentRefundRequestedEvent.class).getFirst().providerTxnId())
                .isEqualTo(intent.providerTxnId());
        // the provider's own guard: the refund id is its idempotency key, and it never pays back more than it took
        simulated.refund(new RefundRequest(refundId, payment.paymentId(), payment.bookingId(), intent.providerTxnId(),
                part));
        assertThatThrownBy(() -> simulated.refund(new RefundRequest(PaymentTestWorld.id("refund"), payment.paymentId(),
                payment.bookingId(), intent.providerTxnId(), Money.of("3520.01", "INR"))))
                .isInstanceOfSatisfying(PaymentRequestRefusedException.class, refused -> assertThat(refused.code())
                        .isEqualTo(PaymentRequestRefusedException.AMOUNT_TOO_LARGE));
        assertThat(world.events(payment.paymentId(), PaymentRefundedEvent.class)).hasSize(1);
    }

    @Test
    void givenPaymentsOfABooking_whenAnAdminListsThem_thenEachShowsProviderTransactionAmountStatusAndRefunds() {
        PaymentTestWorld.OpenPayment declined = world.openPayment(PaymentTestWorld.AMOUNT);
        String bookingId = declined.bookingId();
        simulated.createIntent(request(declined, DECLINED));
        world.awaitEvent(declined.paymentId(), PaymentDeclinedEvent.class);
        String paymentId = PaymentTestWorld.id("pay");
        commands.sendAndWait(new InitiatePaymentCommand(paymentId, bookingId, "t", "p",
                "simulated", PaymentTestWorld.AMOUNT, clock.instant()));
        PaymentTestWorld.OpenPayment paid = new PaymentTestWorld.OpenPayment(paymentId, bookingId,
                PaymentTestWorld.AMOUNT);
        PaymentIntent intent = simulated.createIntent(request(paid, SUCCEEDS));
        world.awaitEvent(paymentId, PaymentCapturedEvent.class);
        RefundSplit whole = new RefundSplit(PaymentTestWorld.AMOUNT, PaymentTestWorld.AMOUNT, Money.zero("INR"),
                Money.zero("INR"));
        commands.sendAndWait(new RefundPaymentCommand(paymentId, "refund-" + paymentId, whole, "expired",
                clock.instant()));
        world.awaitEvent(paymentId, PaymentRefundedEvent.class);
        HttpApi api = new HttpApi(port);

        JsonNode payments = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/admin/payments?bookingId=" + bookingId, TestJwt.token("admin-1", "ADMIN"))
                        .expect(200).body(),
                body -> body.size() == 2 && body.findValues("status").stream()
                        .map(JsonNode::asString).toList().containsAll(List.of("DECLINED", "REFUNDED", "PAID")));

        JsonNode refundedPayment = payments.valueStream().filter(p -> p.get("paymentId").asString().equals(paymentId))
                .findFirst().orElseThrow();
        assertThat(refundedPayment.get("provider").asString()).isEqualTo("simulated");
        assertThat(refundedPayment.get("providerTxnId").asString()).isEqualTo(intent.providerTxnId());
        assertThat(refundedPayment.get("amount").get("amount").decimalValue()).isEqualByComparingTo("4520.00");
        assertThat(refundedPayment.get("refunds")).hasSize(1);
        JsonNode declinedPayment = payments.valueStream()
                .filter(p -> p.get("paymentId").asString().equals(declined.paymentId())).findFirst().orElseThrow();
        assertThat(declinedPayment.get("failureReason").asString()).isEqualTo("card_declined");
        api.get("/api/admin/payments?bookingId=" + bookingId, TestJwt.token("traveler-1", "TRAVELER"))
                .expectProblem(403);
    }

    private static CreateIntentRequest request(PaymentTestWorld.OpenPayment payment, String card) {
        return new CreateIntentRequest(payment.paymentId(), payment.bookingId(), payment.amount(),
                new PaymentCard(card));
    }
}

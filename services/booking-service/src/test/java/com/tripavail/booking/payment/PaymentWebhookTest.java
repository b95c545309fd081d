package com.tripavail.booking.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.booking.BookingIntegrationTest;
import com.tripavail.booking.config.PaymentProperties;
import com.tripavail.booking.event.PaymentCapturedEvent;
import com.tripavail.booking.event.PaymentDeclinedEvent;
import com.tripavail.booking.event.PaymentInitiatedEvent;
import com.tripavail.booking.integration.payment.WebhookSignature;
import com.tripavail.testsupport.HttpApi;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /api/payments/webhooks/{provider}} with hand-made events against the real Payment
 * aggregate: only a correctly signed, fresh event is acted on, once.
 */
@BookingIntegrationTest
class PaymentWebhookTest {

    static final String PATH = "/api/payments/webhooks/simulated";
    static final String HEADER = "TripAvail-Signature";

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
    PaymentProperties properties;

    HttpApi api;
    PaymentTestWorld world;
    WebhookSignature signature;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        world = new PaymentTestWorld(commands, eventStore, dsl, clock);
        signature = new WebhookSignature(properties.providers().simulated().webhookSecret(), Duration.ofMinutes(5));
    }

    @Test
    void givenAnOpenPayment_whenASignedSucceededEventArrives_thenThePaymentIsCaptured() {
        PaymentTestWorld.OpenPayment payment = world.openPayment(PaymentTestWorld.AMOUNT);
        String eventId = PaymentTestWorld.id("evt");
        String body = succeeded(eventId, payment, "pi_hand_1");

        HttpApi.Response response = post(body, signature.sign(clock.instant(), bytes(body))).expect(200);

        assertThat(response.text("eventId")).isEqualTo(eventId);
        assertThat(response.text("receipt")).isEqualTo("HANDLED");
        PaymentCapturedEvent captured = world.events(payment.paymentId(), PaymentCapturedEvent.class).getFirst();
        assertThat(captured.providerTxnId()).isEqualTo("pi_hand_1");
        assertThat(captured.amount().sameAs(PaymentTestWorld.AMOUNT)).isTrue();
        assertThat(captured.provider()).isEqualTo("simulated");
        assertThat(world.recordedWebhookEvents(eventId)).isOne();
    }

    @Test
    void givenTheSameEventTwice_whenBothArrive_thenBothAreAcknowledgedAndThePaymentIsCapturedOnce() {
        PaymentTestWorld.OpenPayment payment = world.openPayment(PaymentTestWorld.AMOUNT);
        String eventId = PaymentTestWorld.id("evt");
        String body = succeeded(eventId, payment, "pi_hand_2");

        post(body, signature.sign(clock.instant(), bytes(body))).expect(200);
        HttpApi.Response again = post(body, signature.sign(clock.instant(), bytes(body))).expect(200);

        assertThat(again.text("receipt")).isEqualTo("DUPLICATE");
        assertThat(world.events(payment.paymentId(), PaymentCapturedEvent.class)).hasSize(1);
        assertThat(world.recordedWebhookEvents(eventId)).isOne();
    }

    @Test
    void givenTheSameCaptureUnderAnotherEventId_whenItArrives_thenNothingChanges() {
        PaymentTestWorld.OpenPayment payment = world.openPayment(PaymentTestWorld.AMOUNT);
        String first = succeeded(PaymentTestWorld.id("evt"), payment, "pi_hand_3");
        String second = succeeded(PaymentTestWorld.id("evt"), payment, "pi_hand_3");

        post(first, signature.sign(clock.instant(), bytes(first))).expect(200);
        HttpApi.Response again = post(second, signature.sign(clock.instant(), bytes(second))).expect(200);

        assertThat(again.text("receipt")).isEqualTo("DUPLICATE");
        assertThat(world.events(payment.paymentId(), PaymentCapturedEvent.class)).hasSize(1);
    }

    @Test
    void givenAFailedEvent_whenItArrives_thenThePaymentIsDeclinedWithTheProvidersReason() {
        PaymentTestWorld.OpenPayment payment = world.openPayment(PaymentTestWorld.AMOUNT);
        String body = """
                {"id":"%s","type":"payment_intent.payment_failed","created":%d,"data":{"paymentId":"%s",\
                "bookingId":"%s","providerTxnId":"pi_hand_4","amount":4520.00,"currency":"INR",\
                "failureReason":"card_declined"}}""".formatted(PaymentTestWorld.id("evt"),
                clock.instant().getEpochSecond(), payment.paymentId(), payment.bookingId());

        post(body, signature.sign(clock.instant(), bytes(body))).expect(200);

        assertThat(world.events(payment.paymentId(), PaymentDeclinedEvent.class))
                .singleElement().satisfies(declined -> assertThat(declined.reason()).isEqualTo("card_declined"));
    }

    @Test
    void givenNoSignatureHeader_whenTheEventArrives_thenItIsABadRequestAndNothingIsRecorded() {
        assertRefusedAndNothingRecorded(400, (body, now) -> null);
    }

    @Test
    void givenASignatureMadeWithAnotherSecret_whenTheEventArrives_thenItIsUnauthorizedAndNothingIsRecorded() {
        WebhookSignature forger = new WebhookSignature("whsec_someone_else", Duration.ofMinutes(5));
        assertRefusedAndNothingRecorded(401, (body, now) -> forger.sign(now, bytes(body)));
    }

    @Test
    void givenABodyChangedAfterSigning_whenTheEventArrives_thenItIsUnauthorizedAndNothingIsRecorded() {
        PaymentTestWorld.OpenPayment payment = world.openPayment(PaymentTestWorld.AMOUNT);
        String eventId = PaymentTestWorld.id("evt");
        String body = succeeded(eventId, payment, "pi_hand_5");
        String header = signature.sign(clock.instant(), bytes(body));
        String tampered = body.replace("4520.00", "1.00");

        post(tampered, header).expectProblem(401);

        assertNothingRecorded(payment, eventId);
    }

    @Test
    void givenASignatureOlderThanTheTolerance_whenTheEventArrives_thenItIsUnauthorizedAndNothingIsRecorded() {
        assertRefusedAndNothingRecorded(401, (body, now) -> signature.sign(now.minus(Duration.ofMinutes(6)),
                bytes(body)));
    }

    @Test
    void givenAMalformedSignatureHeader_whenTheEventArrives_thenItIsABadRequestAndNothingIsRecorded() {
        assertRefusedAndNothingRecorded(400, (body, now) -> "v1=" + "ab".repeat(32));
        assertRefusedAndNothingRecorded(400, (body, now) -> "t=" + now.getEpochSecond() + ",v1=zz");
        assertRefusedAndNothingRecorded(400, (body, now) -> "sha256=whatever");
    }

    @Test
    void givenASignedBodyThatIsNoEvent_whenItArrives_thenItIsABadRequest() {
        String body = "{\"hello\":\"world\"}";

        post(body, signature.sign(clock.instant(), bytes(body))).expectProblem(400);
        String notJson = "payment succeeded, trust me";
        post(notJson, signature.sign(clock.instant(), bytes(notJson))).expectProblem(400);
    }

    @Test
    void givenAnUnknownProvider_whenAnEventArrives_thenItIsNotFound() {
        String body = "{}";

        api.postRaw("/api/payments/webhooks/paypal", null, body,
                Map.of(HEADER, signature.sign(clock.instant(), bytes(body)))).expectProblem(404);
    }

    @Test
    void givenAPaymentThisServiceDoesNotHave_whenItsEventArrives_thenItIsAcknowledgedAndNothingIsRecorded() {
        PaymentTestWorld.OpenPayment stranger = new PaymentTestWorld.OpenPayment(PaymentTestWorld.id("pay"),
                PaymentTestWorld.id("booking"), PaymentTestWorld.AMOUNT);
        String eventId = PaymentTestWorld.id("evt");
        String body = succeeded(eventId, stranger, "pi_elsewhere");

        HttpApi.Response response = post(body, signature.sign(clock.instant(), bytes(body))).expect(200);

        assertThat(response.text("receipt")).isEqualTo("UNKNOWN_PAYMENT");
        assertThat(world.events(stranger.paymentId())).isEmpty();
        assertThat(world.recordedWebhookEvents(eventId)).isZero();
    }

    @Test
    void givenAnEventTypeThisServiceDoesNotActOn_whenItArrives_thenItIsAcknowledgedAndIgnored() {
        String body = """
                {"id":"evt_other","type":"charge.dispute.created","created":%d,"data":{}}"""
                .formatted(clock.instant().getEpochSecond());

        HttpApi.Response response = post(body, signature.sign(clock.instant(), bytes(body))).expect(200);

        assertThat(response.text("receipt")).isEqualTo("IGNORED");
        assertThat(world.recordedWebhookEvents("evt_other")).isZero();
    }

    interface SignatureMaker {
        String header(String body, Instant now);
    }

    private void assertRefusedAndNothingRecorded(int status, SignatureMaker signatureMaker) {
        PaymentTestWorld.OpenPayment payment = world.openPayment(PaymentTestWorld.AMOUNT);
        String eventId = PaymentTestWorld.id("evt");
        String body = succeeded(eventId, payment, "pi_refused");

        post(body, signatureMaker.header(body, clock.instant())).expectProblem(status);

        assertNothingRecorded(payment, eventId);
    }

    private void assertNothingRecorded(PaymentTestWorld.OpenPayment payment, String eventId) {
        assertThat(world.events(payment.paymentId())).singleElement().isInstanceOf(PaymentInitiatedEvent.class);
        assertThat(world.recordedWebhookEvents(eventId)).isZero();
    }

    private HttpApi.Response post(String body, String signatureHeader) {
        return api.postRaw(PATH, null, body, signatureHeader == null ? Map.of() : Map.of(HEADER, signatureHeader));
    }

    private String succeeded(String eventId, PaymentTestWorld.OpenPayment payment, String providerTxnId) {
        return """
                {"id":"%s","type":"payment_intent.succeeded","created":%d,"data":{"paymentId":"%s",\
                "bookingId":"%s","providerTxnId":"%s","amount":%s,"currency":"%s"}}""".formatted(eventId,
                clock.instant().getEpochSecond(), payment.paymentId(), payment.bookingId(), providerTxnId,
                payment.amount().amount().toPlainString(), payment.amount().currency());
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}

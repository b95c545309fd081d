package com.tripavail.booking.payment;

import static com.tripavail.booking.jooq.Tables.SIMULATED_WEBHOOK_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import com.tripavail.booking.BookingIntegrationTest;
import com.tripavail.booking.config.PaymentProperties;
import com.tripavail.booking.integration.payment.CreateIntentRequest;
import com.tripavail.booking.integration.payment.PaymentCard;
import com.tripavail.booking.integration.payment.PaymentIntent;
import com.tripavail.booking.integration.payment.WebhookSignature;
import com.tripavail.booking.integration.payment.simulated.SimulatedPaymentProvider;
import com.tripavail.booking.integration.payment.simulated.SimulatedWebhookDelivery;
import com.tripavail.booking.jooq.tables.records.SimulatedWebhookEventRecord;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntUnaryOperator;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The simulated provider's delivery against an endpoint that fails: it retries with back-off, the
 * same event and body every time, until a 2xx or its attempts run out. A provider of its own
 * (another merchant account, so the service's own sweep leaves its events alone) sends to a
 * small HTTP server that answers as each test says.
 */
@BookingIntegrationTest
class SimulatedWebhookRetryTest {

    static final String SECRET = "whsec_retry_test";

    record Delivered(String body, String signature) {
    }

    @Autowired
    DSLContext dsl;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Clock clock;

    final Queue<Delivered> received = new ConcurrentLinkedQueue<>();
    HttpServer endpoint;
    SimulatedWebhookDelivery delivery;

    @AfterEach
    void stop() {
        if (delivery != null) {
            delivery.destroy();
        }
        if (endpoint != null) {
            endpoint.stop(0);
        }
    }

    @Test
    void givenAnEndpointFailingTwice_whenAWebhookIsDue_thenTheThirdAttemptDeliversTheSameEvent() throws IOException {
        SimulatedPaymentProvider provider = providerAnswering(attempt -> attempt <= 2 ? 500 : 200, 5, false);

        PaymentIntent intent = provider.createIntent(request());

        await().atMost(Duration.ofSeconds(10)).until(() -> row(intent).getDeliveredAt() != null);
        List<Delivered> attempts = List.copyOf(received);
        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(Delivered::body).containsOnly(attempts.getFirst().body());
        assertThat(attempts.getFirst().body()).contains(row(intent).getEventId());
        WebhookSignature signature = new WebhookSignature(SECRET, Duration.ofMinutes(5));
        assertThat(attempts).allSatisfy(delivered -> assertThat(signature.verify(delivered.signature(),
                delivered.body().getBytes(StandardCharsets.UTF_8), clock.instant())).isEmpty());
        assertThat(row(intent).getAttempts()).isEqualTo(3);
        assertThat(row(intent).getLastStatus()).isEqualTo(200);
    }

    @Test
    void givenAnEndpointThatAlwaysFails_whenTheAttemptsRunOut_thenTheProviderGivesUp() throws IOException {
        SimulatedPaymentProvider provider = providerAnswering(attempt -> 503, 3, false);

        PaymentIntent intent = provider.createIntent(request());

        await().atMost(Duration.ofSeconds(10)).until(() -> row(intent).getGaveUpAt() != null);
        assertThat(received).hasSize(3);
        assertThat(row(intent).getDeliveredAt()).isNull();
        assertThat(row(intent).getLastStatus()).isEqualTo(503);
    }

    @Test
    void givenDuplicateDeliveriesSwitchedOn_whenAWebhookIsDelivered_thenItIsSentTwiceUnderOneEventId()
            throws IOException {
        SimulatedPaymentProvider provider = providerAnswering(attempt -> 200, 5, true);

        PaymentIntent intent = provider.createIntent(request());

        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 2);
        assertThat(received).extracting(Delivered::body).containsOnly(received.peek().body());
        assertThat(row(intent).getAttempts()).isOne();
    }

    private SimulatedPaymentProvider providerAnswering(IntUnaryOperator statusOfAttempt, int attempts,
                                                       boolean duplicates) throws IOException {
        endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/api/payments/webhooks/simulated", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Delivered(new String(body, StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst(SimulatedPaymentProvider.SIGNATURE_HEADER)));
            exchange.sendResponseHeaders(statusOfAttempt.applyAsInt(received.size()), -1);
            exchange.close();
        });
        endpoint.start();
        PaymentProperties.Simulated settings = new PaymentProperties.Simulated(true, "retry-test-" + System.nanoTime(),
                SECRET, URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort()), Duration.ZERO, attempts,
                Duration.ofMillis(50), Duration.ofMinutes(1), Duration.ofSeconds(5), duplicates);
        WebhookSignature signature = new WebhookSignature(SECRET, Duration.ofMinutes(5));
        delivery = new SimulatedWebhookDelivery(dsl, settings, signature, clock);
        return new SimulatedPaymentProvider(dsl, transactionManager, signature, clock, delivery);
    }

    private SimulatedWebhookEventRecord row(PaymentIntent intent) {
        return dsl.selectFrom(SIMULATED_WEBHOOK_EVENT)
                .where(SIMULATED_WEBHOOK_EVENT.INTENT_ID.eq(intent.providerTxnId()))
                .fetchSingle();
    }

    private static CreateIntentRequest request() {
        return new CreateIntentRequest(PaymentTestWorld.id("pay"), PaymentTestWorld.id("booking"),
                PaymentTestWorld.AMOUNT, new PaymentCard("4242424242424242"));
    }
}

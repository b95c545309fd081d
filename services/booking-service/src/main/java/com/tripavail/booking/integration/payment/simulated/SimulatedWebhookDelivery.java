package com.tripavail.booking.integration.payment.simulated;

import static com.tripavail.booking.jooq.Tables.SIMULATED_PAYMENT_INTENT;
import static com.tripavail.booking.jooq.Tables.SIMULATED_WEBHOOK_EVENT;

import com.tripavail.booking.config.PaymentProperties;
import com.tripavail.booking.integration.payment.WebhookSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * The simulated provider's webhook sender. Each event is a row of {@code simulated_webhook_event}
 * written with the intent or refund that causes it; it is POSTed, signed, to
 * {@code {callback-base-url}/api/payments/webhooks/simulated} when due, and retried with doubling
 * back-off on anything but a 2xx answer, the same event id and body every time, until the attempts
 * run out. An attempt claims its row first (a conditional update), so the timer that fires on time
 * and the sweep that finds overdue rows (after a restart, say) never send one attempt twice.
 *
 * <p>The provider keeps its own time (the system clock) for retries, so a test that moves the
 * service's clock does not stop deliveries; it signs with the service's clock, as a provider on a
 * synchronised machine would, so the signature's timestamp is within the service's tolerance.
 */
public class SimulatedWebhookDelivery implements ApplicationListener<WebServerInitializedEvent>, DisposableBean {

    static final String WEBHOOK_PATH = "/api/payments/webhooks/" + SimulatedPaymentProvider.NAME;

    private static final Logger log = LoggerFactory.getLogger(SimulatedWebhookDelivery.class);
    private static final int SWEEP_BATCH = 200;

    private final DSLContext dsl;
    private final PaymentProperties.Simulated settings;
    private final WebhookSignature signature;
    private final Clock signingClock;
    private final Clock providerClock = Clock.systemUTC();
    private final HttpClient http;
    private final ScheduledExecutorService timer;
    private final ExecutorService senders = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("simulated-webhook-", 0).factory());
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private final Duration lease;
    private volatile URI webhookUrl;

    public SimulatedWebhookDelivery(DSLContext dsl, PaymentProperties.Simulated settings, WebhookSignature signature,
                                    Clock signingClock) {
        this.dsl = dsl;
        this.settings = settings;
        this.signature = signature;
        this.signingClock = signingClock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("simulated-webhook-timer").factory());
        // an attempt that never finishes (the process died) is taken up again after this
        this.lease = settings.requestTimeout().multipliedBy(2).plusSeconds(5);
        if (settings.callbackBaseUrl() != null) {
            this.webhookUrl = webhookUrl(settings.callbackBaseUrl().toString());
        }
    }

    /** Without a configured base URL, the webhooks go to this service's own server once it listens. */
    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return; // the management server, not the API's
        }
        if (webhookUrl == null) {
            webhookUrl = webhookUrl("http://127.0.0.1:" + event.getWebServer().getPort());
        }
        if (sweeping.compareAndSet(false, true)) {
            long every = settings.sweepInterval().toMillis();
            timer.scheduleWithFixedDelay(this::sweep, 0, every, TimeUnit.MILLISECONDS);
        }
    }

    PaymentProperties.Simulated settings() {
        return settings;
    }

    /** Where the webhooks go; null until the service's server has started. */
    public URI webhookUrl() {
        return webhookUrl;
    }

    /**
     * Write an event the provider owes, due after the configured delay, in the caller's
     * transaction. Returns its id; {@link #schedule} it once that transaction has committed.
     */
    String enqueue(String intentId, String type, SimulatedWebhookEvent.Data data) {
        String eventId = SimulatedPaymentProvider.newId("evt_");
        Instant created = signingClock.instant();
        String body = SimulatedPaymentProvider.json()
                .writeValueAsString(new SimulatedWebhookEvent(eventId, type, created.getEpochSecond(), data));
        dsl.insertInto(SIMULATED_WEBHOOK_EVENT)
                .set(SIMULATED_WEBHOOK_EVENT.EVENT_ID, eventId)
                .set(SIMULATED_WEBHOOK_EVENT.TYPE, type)
                .set(SIMULATED_WEBHOOK_EVENT.INTENT_ID, intentId)
                .set(SIMULATED_WEBHOOK_EVENT.ACCOUNT, settings.account())
                .set(SIMULATED_WEBHOOK_EVENT.BODY, body)
                .set(SIMULATED_WEBHOOK_EVENT.NEXT_ATTEMPT_AT,
                        utc(providerClock.instant().plus(settings.webhookDelay())))
                .set(SIMULATED_WEBHOOK_EVENT.CREATED_AT, utc(created))
                .execute();
        return eventId;
    }

    /** Send attempt {@code attemptsSoFar + 1} of a committed event after {@code delay}. */
    void schedule(String eventId, int attemptsSoFar, Duration delay) {
        Runnable attempt = () -> send(() -> attempt(eventId, attemptsSoFar));
        try {
            if (delay.isZero() || delay.isNegative()) {
                attempt.run();
            } else {
                timer.schedule(attempt, delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (RejectedExecutionException shuttingDown) {
            log.debug("webhook {} left for the sweep after a restart", eventId);
        }
    }

    /**
     * Send a delivered event once more, as a provider's "resend" does (and as providers sometimes
     * do on their own): the same event id and body, a fresh signature. Changes no delivery state.
     *
     * @return the HTTP status the service answered, or null on a network error
     */
    public Integer resend(String eventId) {
        String body = dsl.select(SIMULATED_WEBHOOK_EVENT.BODY).from(SIMULATED_WEBHOOK_EVENT)
                .where(SIMULATED_WEBHOOK_EVENT.EVENT_ID.eq(eventId))
                .fetchOptional(SIMULATED_WEBHOOK_EVENT.BODY)
                .orElseThrow(() -> new IllegalArgumentException("no webhook event " + eventId));
        URI target = webhookUrl;
        if (target == null) {
            throw new IllegalStateException("the service's web server has not started yet");
        }
        return post(target, body);
    }

    private void sweep() {
        try {
            List<String> due = dsl.select(SIMULATED_WEBHOOK_EVENT.EVENT_ID).from(SIMULATED_WEBHOOK_EVENT)
                    .where(SIMULATED_WEBHOOK_EVENT.ACCOUNT.eq(settings.account()))
                    .and(SIMULATED_WEBHOOK_EVENT.DELIVERED_AT.isNull())
                    .and(SIMULATED_WEBHOOK_EVENT.GAVE_UP_AT.isNull())
                    .and(SIMULATED_WEBHOOK_EVENT.NEXT_ATTEMPT_AT.le(utc(providerClock.instant())))
                    .orderBy(SIMULATED_WEBHOOK_EVENT.NEXT_ATTEMPT_AT)
                    .limit(SWEEP_BATCH)
                    .fetch(SIMULATED_WEBHOOK_EVENT.EVENT_ID);
            for (String eventId : due) {
                send(() -> attempt(eventId, null));
            }
        } catch (RuntimeException e) {
            // the timer must keep running: the next sweep tries again
            log.warn("sweep of due simulated webhooks failed: {}", e.toString());
        }
    }

    private void send(Runnable attempt) {
        senders.execute(() -> {
            try {
                attempt.run();
            } catch (RuntimeException e) {
                log.warn("simulated webhook attempt failed; the sweep takes it up again", e);
            }
        });
    }

    /**
     * One delivery attempt. {@code expectedAttempts} names the attempt a timer was set for;
     * null (the sweep) takes any attempt that is due.
     */
    private void attempt(String eventId, Integer expectedAttempts) {
        URI target = webhookUrl;
        if (target == null) {
            return; // the sweep delivers once the service listens
        }
        Instant now = providerClock.instant();
        var event = SIMULATED_WEBHOOK_EVENT;
        Record3<Integer, String, String> claimed = dsl.update(event)
                .set(event.ATTEMPTS, event.ATTEMPTS.plus(1))
                .set(event.NEXT_ATTEMPT_AT, utc(now.plus(lease)))
                .where(event.EVENT_ID.eq(eventId))
                .and(event.DELIVERED_AT.isNull())
                .and(event.GAVE_UP_AT.isNull())
                .and(expectedAttempts == null
                        ? event.NEXT_ATTEMPT_AT.le(utc(now))
                        : event.ATTEMPTS.eq(expectedAttempts))
                .returningResult(event.ATTEMPTS, event.BODY, event.INTENT_ID)
                .fetchOne();
        if (claimed == null) {
            return; // delivered, given up, or another attempt has it
        }
        int attempts = claimed.value1();
        if (attempts == 1) {
            settleIntent(claimed.value3());
        }
        Integer status = post(target, claimed.value2());
        Instant after = providerClock.instant();
        if (status != null && status / 100 == 2) {
            dsl.update(event)
                    .set(event.DELIVERED_AT, utc(after))
                    .set(event.LAST_STATUS, status)
                    .where(event.EVENT_ID.eq(eventId))
                    .execute();
            if (settings.duplicateDeliveries()) {
                post(target, claimed.value2());
            }
            return;
        }
        if (attempts >= settings.deliveryAttempts()) {
            dsl.update(event)
                    .set(event.GAVE_UP_AT, utc(after))
                    .set(event.LAST_STATUS, status)
                    .where(event.EVENT_ID.eq(eventId))
                    .execute();
            log.warn("gave up on simulated webhook {} after {} attempts (last status {})", eventId, attempts, status);
            return;
        }
        Duration backoff = settings.retryBackoff().multipliedBy(1L << Math.min(attempts - 1, 16));
        dsl.update(event)
                .set(event.NEXT_ATTEMPT_AT, utc(after.plus(backoff)))
                .set(event.LAST_STATUS, status)
                .where(event.EVENT_ID.eq(eventId))
                .execute();
        log.info("simulated webhook {} attempt {} answered {}; retrying in {}", eventId, attempts, status, backoff);
        schedule(eventId, attempts, backoff);
    }

    /** The charge's outcome becomes visible on the intent when its event goes out, as at a real provider. */
    private void settleIntent(String intentId) {
        dsl.update(SIMULATED_PAYMENT_INTENT)
                .set(SIMULATED_PAYMENT_INTENT.STATUS, SIMULATED_PAYMENT_INTENT.OUTCOME)
                .where(SIMULATED_PAYMENT_INTENT.INTENT_ID.eq(intentId))
                .and(SIMULATED_PAYMENT_INTENT.STATUS.eq(SimulatedPaymentProvider.PROCESSING))
                .execute();
    }

    private Integer post(URI target, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "TripAvail-SimulatedProvider/1.0")
                .header(SimulatedPaymentProvider.SIGNATURE_HEADER, signature.sign(signingClock.instant(), bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            log.debug("simulated webhook to {} failed: {}", target, e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static URI webhookUrl(String base) {
        return URI.create(base.replaceAll("/+$", "") + WEBHOOK_PATH);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
        senders.shutdownNow();
        http.close();
    }
}

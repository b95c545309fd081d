package com.tripavail.booking.integration.payment.simulated;

import static com.tripavail.booking.jooq.Tables.SIMULATED_PAYMENT_INTENT;
import static com.tripavail.booking.jooq.Tables.SIMULATED_REFUND;

import com.tripavail.booking.integration.payment.CreateIntentRequest;
import com.tripavail.booking.integration.payment.PaymentGateway;
import com.tripavail.booking.integration.payment.PaymentIntent;
import com.tripavail.booking.integration.payment.PaymentNotification;
import com.tripavail.booking.integration.payment.PaymentProviderUnavailableException;
import com.tripavail.booking.integration.payment.PaymentRequestRefusedException;
import com.tripavail.booking.integration.payment.RefundRequest;
import com.tripavail.booking.integration.payment.WebhookRefusal;
import com.tripavail.booking.integration.payment.WebhookSignature;
import com.tripavail.booking.integration.payment.WebhookVerification;
import com.tripavail.booking.jooq.tables.records.SimulatedPaymentIntentRecord;
import com.tripavail.booking.jooq.tables.records.SimulatedRefundRecord;
import com.tripavail.contracts.Money;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A payment provider that lives inside the booking service but behaves like an external one:
 * it keeps its own records ({@code simulated_*} tables, written in transactions of their own, so
 * a caller's rollback does not undo what the "provider" did), accepts an intent at once as
 * {@code processing}, and reports the outcome later by a signed webhook over real HTTP
 * ({@link SimulatedWebhookDelivery}). Cards behave like real providers' test cards
 * ({@link CardOutcome}); a number that fails the Luhn check is refused on the spot.
 */
public class SimulatedPaymentProvider implements PaymentGateway {

    public static final String NAME = "simulated";
    public static final String SIGNATURE_HEADER = "TripAvail-Signature";

    static final String PROCESSING = "processing";
    static final String SUCCEEDED = "succeeded";
    static final String PAYMENT_FAILED = "payment_failed";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final DSLContext dsl;
    private final TransactionTemplate ownTransaction;
    private final WebhookSignature signature;
    private final Clock clock;
    private final SimulatedWebhookDelivery delivery;

    public SimulatedPaymentProvider(DSLContext dsl, PlatformTransactionManager transactionManager,
                                    WebhookSignature signature, Clock clock, SimulatedWebhookDelivery delivery) {
        this.dsl = dsl;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.signature = signature;
        this.clock = clock;
        this.delivery = delivery;
    }

    /** The JSON the provider's webhooks are written in. */
    public static JsonMapper json() {
        return JSON;
    }

    @Override
    public String provider() {
        return NAME;
    }

    public SimulatedWebhookDelivery delivery() {
        return delivery;
    }

    @Override
    public PaymentIntent createIntent(CreateIntentRequest request) {
        CardOutcome card = CardOutcome.of(request.card().digits());
        if (card == CardOutcome.INVALID_NUMBER) {
            throw refused(PaymentRequestRefusedException.INVALID_NUMBER, "The card number is not a valid card number.");
        }
        requirePositive(request.amount());
        Opened opened = inOwnTransaction(() -> open(request, card));
        if (opened.eventId() != null) {
            delivery.schedule(opened.eventId(), 0, delivery.settings().webhookDelay());
        }
        return intentOf(opened.intent());
    }

    private record Opened(SimulatedPaymentIntentRecord intent, String eventId) {
    }

    private Opened open(CreateIntentRequest request, CardOutcome card) {
        var intent = SIMULATED_PAYMENT_INTENT;
        String intentId = newId("pi_");
        boolean succeeds = card == CardOutcome.SUCCEEDS;
        int inserted = dsl.insertInto(intent)
                .set(intent.INTENT_ID, intentId)
                .set(intent.PAYMENT_ID, request.paymentId())
                .set(intent.BOOKING_ID, request.bookingId())
                .set(intent.AMOUNT, request.amount().amount())
                .set(intent.CURRENCY, request.amount().currency())
                .set(intent.CARD_LAST4, request.card().last4())
                .set(intent.STATUS, PROCESSING)
                .set(intent.OUTCOME, succeeds ? SUCCEEDED : PAYMENT_FAILED)
                .set(intent.FAILURE_REASON, card.failureReason())
                .set(intent.CREATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .onConflict(intent.PAYMENT_ID).doNothing()
                .execute();
        SimulatedPaymentIntentRecord stored = dsl.selectFrom(intent)
                .where(intent.PAYMENT_ID.eq(request.paymentId()))
                .fetchSingle();
        if (inserted == 0) {
            // the same idempotency key again: the same intent, if the request is the same
            if (!stored.getBookingId().equals(request.bookingId())
                    || !new Money(stored.getAmount(), stored.getCurrency()).sameAs(request.amount())) {
                throw refused(PaymentRequestRefusedException.IDEMPOTENCY_KEY_IN_USE,
                        "Payment " + request.paymentId() + " was already requested with other parameters.");
            }
            return new Opened(stored, null);
        }
        String eventId = delivery.enqueue(intentId,
                succeeds ? SimulatedWebhookEvent.PAYMENT_SUCCEEDED : SimulatedWebhookEvent.PAYMENT_FAILED,
                new SimulatedWebhookEvent.Data(request.paymentId(), request.bookingId(), intentId, null,
                        request.amount().amount(), request.amount().currency(), card.failureReason()));
        return new Opened(stored, eventId);
    }

    @Override
    public void refund(RefundRequest request) {
        requirePositive(request.amount());
        String eventId = inOwnTransaction(() -> openRefund(request));
        if (eventId != null) {
            delivery.schedule(eventId, 0, delivery.settings().webhookDelay());
        }
    }

    /** The refund's webhook event id, or null when this refund was already made. */
    private String openRefund(RefundRequest request) {
        var intent = SIMULATED_PAYMENT_INTENT;
        var refund = SIMULATED_REFUND;
        // locks the charge: concurrent refunds of it are decided one after the other
        SimulatedPaymentIntentRecord charge = dsl.selectFrom(intent)
                .where(intent.INTENT_ID.eq(request.providerTxnId()))
                .forUpdate()
                .fetchOptional()
                .orElseThrow(() -> refused(PaymentRequestRefusedException.RESOURCE_MISSING,
                        "No such payment intent: " + request.providerTxnId() + "."));
        Optional<SimulatedRefundRecord> earlier = dsl.selectFrom(refund)
                .where(refund.REFUND_ID.eq(request.refundId()))
                .fetchOptional();
        if (earlier.isPresent()) {
            SimulatedRefundRecord made = earlier.get();
            if (!made.getIntentId().equals(charge.getIntentId())
                    || !new Money(made.getAmount(), made.getCurrency()).sameAs(request.amount())) {
                throw refused(PaymentRequestRefusedException.IDEMPOTENCY_KEY_IN_USE,
                        "Refund " + request.refundId() + " was already requested with other parameters.");
            }
            return null;
        }
        if (!SUCCEEDED.equals(charge.getStatus())) {
            throw refused(PaymentRequestRefusedException.CHARGE_NOT_SUCCEEDED,
                    "Payment intent " + charge.getIntentId() + " has not succeeded (" + charge.getStatus() + ").");
        }
        if (!charge.getCurrency().equals(request.amount().currency())) {
            throw refused(PaymentRequestRefusedException.INVALID_AMOUNT,
                    "A refund of " + charge.getIntentId() + " must be in " + charge.getCurrency() + ".");
        }
        BigDecimal refunded = dsl.select(DSL.coalesce(DSL.sum(refund.AMOUNT), BigDecimal.ZERO))
                .from(refund)
                .where(refund.INTENT_ID.eq(charge.getIntentId()))
                .fetchSingle().value1();
        if (refunded.add(request.amount().amount()).compareTo(charge.getAmount()) > 0) {
            throw refused(PaymentRequestRefusedException.AMOUNT_TOO_LARGE, "Refund of " + request.amount().amount()
                    + " exceeds what is left of " + charge.getIntentId() + " (" + charge.getAmount().subtract(refunded)
                    + ").");
        }
        dsl.insertInto(refund)
                .set(refund.REFUND_ID, request.refundId())
                .set(refund.PROVIDER_REF, newId("re_"))
                .set(refund.INTENT_ID, charge.getIntentId())
                .set(refund.AMOUNT, request.amount().amount())
                .set(refund.CURRENCY, request.amount().currency())
                .set(refund.CREATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .execute();
        return delivery.enqueue(charge.getIntentId(), SimulatedWebhookEvent.REFUND_SUCCEEDED,
                new SimulatedWebhookEvent.Data(charge.getPaymentId(), charge.getBookingId(), charge.getIntentId(),
                        request.refundId(), request.amount().amount(), request.amount().currency(), null));
    }

    @Override
    public WebhookVerification verifyWebhook(Function<String, String> headers, byte[] rawBody) {
        Optional<WebhookRefusal> refusal = signature.verify(headers.apply(SIGNATURE_HEADER), rawBody, clock.instant());
        if (refusal.isPresent()) {
            return WebhookVerification.refused(refusal.get(), switch (refusal.get()) {
                case MISSING_SIGNATURE -> "The " + SIGNATURE_HEADER + " header is missing.";
                case MALFORMED_SIGNATURE -> "The " + SIGNATURE_HEADER
                        + " header is not of the form t=<unix seconds>,v1=<hex>.";
                case WRONG_SIGNATURE -> "The " + SIGNATURE_HEADER + " header does not sign this body.";
                case STALE_TIMESTAMP -> "The " + SIGNATURE_HEADER + " timestamp is outside the tolerance.";
                case MALFORMED_EVENT -> "The event is not valid.";
            });
        }
        SimulatedWebhookEvent event;
        try {
            event = JSON.readValue(rawBody, SimulatedWebhookEvent.class);
        } catch (JacksonException e) {
            return WebhookVerification.refused(WebhookRefusal.MALFORMED_EVENT, "The body is not a webhook event.");
        }
        if (event == null || blank(event.id()) || blank(event.type()) || event.created() == null) {
            return WebhookVerification.refused(WebhookRefusal.MALFORMED_EVENT, "The event lacks id, type or created.");
        }
        Instant at = Instant.ofEpochSecond(event.created());
        SimulatedWebhookEvent.Data data = event.data();
        boolean known = switch (event.type()) {
            case SimulatedWebhookEvent.PAYMENT_SUCCEEDED, SimulatedWebhookEvent.PAYMENT_FAILED,
                 SimulatedWebhookEvent.REFUND_SUCCEEDED -> true;
            default -> false;
        };
        if (!known) {
            return new WebhookVerification.Verified(new PaymentNotification.Unhandled(event.id(), event.type(), at));
        }
        if (data == null || blank(data.paymentId()) || blank(data.providerTxnId()) || data.amount() == null
                || blank(data.currency())) {
            return WebhookVerification.refused(WebhookRefusal.MALFORMED_EVENT,
                    "The event's data lacks paymentId, providerTxnId, amount or currency.");
        }
        Money amount;
        try {
            amount = new Money(data.amount(), data.currency());
        } catch (IllegalArgumentException e) {
            return WebhookVerification.refused(WebhookRefusal.MALFORMED_EVENT, "The event's currency is not valid.");
        }
        return switch (event.type()) {
            case SimulatedWebhookEvent.PAYMENT_SUCCEEDED -> new WebhookVerification.Verified(
                    new PaymentNotification.PaymentSucceeded(event.id(), data.paymentId(), data.bookingId(),
                            data.providerTxnId(), amount, at));
            case SimulatedWebhookEvent.PAYMENT_FAILED -> new WebhookVerification.Verified(
                    new PaymentNotification.PaymentFailed(event.id(), data.paymentId(), data.bookingId(),
                            data.providerTxnId(), blank(data.failureReason()) ? "declined" : data.failureReason(), at));
            default -> blank(data.refundId())
                    ? WebhookVerification.refused(WebhookRefusal.MALFORMED_EVENT, "A refund event needs a refundId.")
                    : new WebhookVerification.Verified(new PaymentNotification.RefundSucceeded(event.id(),
                            data.paymentId(), data.bookingId(), data.providerTxnId(), data.refundId(), amount, at));
        };
    }

    private PaymentIntent intentOf(SimulatedPaymentIntentRecord intent) {
        PaymentIntent.Status status = switch (intent.getStatus()) {
            case SUCCEEDED -> PaymentIntent.Status.SUCCEEDED;
            case PAYMENT_FAILED -> PaymentIntent.Status.FAILED;
            default -> PaymentIntent.Status.PROCESSING;
        };
        return new PaymentIntent(NAME, intent.getPaymentId(), intent.getIntentId(),
                new Money(intent.getAmount(), intent.getCurrency()), status);
    }

    private <T> T inOwnTransaction(Supplier<T> work) {
        try {
            return ownTransaction.execute(status -> work.get());
        } catch (DataAccessException e) {
            throw new PaymentProviderUnavailableException(NAME, "The simulated provider could not store the request.",
                    e);
        }
    }

    private static void requirePositive(Money amount) {
        if (amount.amount().signum() <= 0) {
            throw refused(PaymentRequestRefusedException.INVALID_AMOUNT, "The amount must be positive.");
        }
    }

    private static PaymentRequestRefusedException refused(String code, String message) {
        return new PaymentRequestRefusedException(NAME, code, message);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String newId(String prefix) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }
}

package com.tripavail.booking.command;

import static com.tripavail.booking.command.BookingSamples.BOOKING;
import static com.tripavail.booking.command.BookingSamples.CAPTURED_AT;
import static com.tripavail.booking.command.BookingSamples.GATEWAY;
import static com.tripavail.booking.command.BookingSamples.PAYING_AT;
import static com.tripavail.booking.command.BookingSamples.PAYMENT;
import static com.tripavail.booking.command.BookingSamples.PROVIDER;
import static com.tripavail.booking.command.BookingSamples.TRAVELER;
import static com.tripavail.booking.command.BookingSamples.TXN;
import static com.tripavail.booking.command.BookingSamples.inr;
import static com.tripavail.booking.command.BookingSamples.paymentCaptured;
import static com.tripavail.booking.command.BookingSamples.paymentInitiated;

import com.tripavail.booking.event.PaymentCapturedEvent;
import com.tripavail.booking.event.PaymentDeclinedEvent;
import com.tripavail.booking.event.PaymentInitiatedEvent;
import com.tripavail.booking.event.PaymentIntentCreatedEvent;
import com.tripavail.booking.event.PaymentRefundRequestedEvent;
import com.tripavail.booking.event.PaymentRefundedEvent;
import com.tripavail.booking.event.RefundSplit;
import com.tripavail.contracts.Money;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A payment's facts are each recorded once, whatever the provider repeats; refunds never exceed the capture. */
class PaymentTest {

    static final Instant LATER = Instant.parse("2026-11-01T10:00:00Z");
    static final Money TOTAL = inr("21379.00");
    static final RefundSplit WHOLE = new RefundSplit(TOTAL, inr("0.00"), inr("0.00"), TOTAL);
    static final RefundSplit HALF = new RefundSplit(inr("10689.50"), inr("9215.00"), inr("1474.50"), inr("0.00"));

    private FixtureConfiguration<Payment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Payment.class);
    }

    static PaymentIntentCreatedEvent intent() {
        return new PaymentIntentCreatedEvent(PAYMENT, BOOKING, TXN, PAYING_AT);
    }

    static PaymentRefundRequestedEvent refundRequested(String refundId, RefundSplit refund) {
        return new PaymentRefundRequestedEvent(PAYMENT, BOOKING, refundId, GATEWAY, TXN, refund, "cancelled", LATER);
    }

    static RefundPaymentCommand refund(String refundId, RefundSplit refund) {
        return new RefundPaymentCommand(PAYMENT, refundId, refund, "cancelled", LATER);
    }

    static Matcher<?> refused(PaymentRefusal reason, PaymentStatus status) {
        return Matchers.predicate(result -> result instanceof PaymentOutcome.Refused refused
                && refused.reason() == reason && refused.status() == status);
    }

    static Matcher<?> unchanged(PaymentStatus status) {
        return Matchers.predicate(result -> result instanceof PaymentOutcome.Unchanged unchanged
                && unchanged.status() == status);
    }

    @Test
    void givenNothing_whenInitiated_thenPaymentInitiated() {
        fixture.givenNoPriorActivity()
                .when(new InitiatePaymentCommand(PAYMENT, BOOKING, TRAVELER, PROVIDER, GATEWAY, TOTAL, PAYING_AT))
                .expectEvents(new PaymentInitiatedEvent(PAYMENT, BOOKING, TRAVELER, PROVIDER, GATEWAY, TOTAL,
                        PAYING_AT));
    }

    @Test
    void givenInitiated_whenTheIntentIsRecorded_thenPending_andTheSameIntentAgainChangesNothing() {
        fixture.given(paymentInitiated())
                .when(new RecordPaymentIntentCommand(PAYMENT, TXN, PAYING_AT))
                .expectEvents(intent())
                .expectResultMessagePayload(new PaymentOutcome.Accepted(PaymentStatus.PENDING));
        fixture.given(paymentInitiated(), intent())
                .when(new RecordPaymentIntentCommand(PAYMENT, TXN, LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(unchanged(PaymentStatus.PENDING));
        fixture.given(paymentInitiated(), intent())
                .when(new RecordPaymentIntentCommand(PAYMENT, "txn-other", LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(PaymentRefusal.INVALID, PaymentStatus.PENDING));
    }

    @Test
    void givenPending_whenCaptured_thenCaptured_andARepeatedWebhookChangesNothing() {
        fixture.given(paymentInitiated(), intent())
                .when(new RecordPaymentCapturedCommand(PAYMENT, TXN, TOTAL, CAPTURED_AT))
                .expectEvents(paymentCaptured())
                .expectResultMessagePayload(new PaymentOutcome.Accepted(PaymentStatus.CAPTURED));
        fixture.given(paymentInitiated(), intent(), paymentCaptured())
                .when(new RecordPaymentCapturedCommand(PAYMENT, TXN, TOTAL, LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(unchanged(PaymentStatus.CAPTURED));
    }

    @Test
    void givenInitiated_whenCapturedBeforeTheIntentIsRecorded_thenCapturedWithTheProvidersId() {
        fixture.given(paymentInitiated())
                .when(new RecordPaymentCapturedCommand(PAYMENT, TXN, TOTAL, CAPTURED_AT))
                .expectEvents(paymentCaptured());
        // the intent arriving after the capture is still recorded, once
        fixture.given(paymentInitiated(), paymentCaptured())
                .when(new RecordPaymentIntentCommand(PAYMENT, TXN, LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(unchanged(PaymentStatus.CAPTURED));
    }

    @Test
    void givenPending_whenCapturedUnderAnotherProviderIdOrCurrency_thenInvalid() {
        fixture.given(paymentInitiated(), intent())
                .when(new RecordPaymentCapturedCommand(PAYMENT, "txn-other", TOTAL, CAPTURED_AT))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(PaymentRefusal.INVALID, PaymentStatus.PENDING));
        fixture.given(paymentInitiated(), intent())
                .when(new RecordPaymentCapturedCommand(PAYMENT, TXN, Money.of("250.00", "USD"), CAPTURED_AT))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(PaymentRefusal.INVALID, PaymentStatus.PENDING));
    }

    @Test
    void givenPending_whenDeclined_thenDeclined_andARepeatChangesNothing_andALaterCaptureIsRefused() {
        PaymentDeclinedEvent declined = new PaymentDeclinedEvent(PAYMENT, BOOKING, TXN, "insufficient funds",
                CAPTURED_AT);
        fixture.given(paymentInitiated(), intent())
                .when(new RecordPaymentDeclinedCommand(PAYMENT, TXN, "insufficient funds", CAPTURED_AT))
                .expectEvents(declined)
                .expectResultMessagePayload(new PaymentOutcome.Accepted(PaymentStatus.DECLINED));
        fixture.given(paymentInitiated(), intent(), declined)
                .when(new RecordPaymentDeclinedCommand(PAYMENT, TXN, "insufficient funds", LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(unchanged(PaymentStatus.DECLINED));
        fixture.given(paymentInitiated(), intent(), declined)
                .when(new RecordPaymentCapturedCommand(PAYMENT, TXN, TOTAL, LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(PaymentRefusal.WRONG_STATE, PaymentStatus.DECLINED));
    }

    @Test
    void givenCaptured_whenADeclineArrives_thenRefused() {
        fixture.given(paymentInitiated(), intent(), paymentCaptured())
                .when(new RecordPaymentDeclinedCommand(PAYMENT, TXN, "late", LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(PaymentRefusal.WRONG_STATE, PaymentStatus.CAPTURED));
    }

    @Test
    void givenCaptured_whenRefunded_thenRefundRequested_andTheSameRefundIdAgainChangesNothing() {
        fixture.given(paymentInitiated(), intent(), paymentCaptured())
                .when(refund("booking-1-refund-cancel", HALF))
                .expectEvents(refundRequested("booking-1-refund-cancel", HALF))
                .expectResultMessagePayload(new PaymentOutcome.Accepted(PaymentStatus.CAPTURED));
        fixture.given(paymentInitiated(), intent(), paymentCaptured(), refundRequested("booking-1-refund-cancel", HALF))
                .when(refund("booking-1-refund-cancel", HALF))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(unchanged(PaymentStatus.CAPTURED));
    }

    @Test
    void givenHalfRefunded_whenMoreThanTheRestIsAsked_thenOverRefund_butTheRestIsFine() {
        fixture.given(paymentInitiated(), intent(), paymentCaptured(), refundRequested("r1", HALF))
                .when(refund("r2", WHOLE))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(PaymentRefusal.OVER_REFUND, PaymentStatus.CAPTURED));
        RefundSplit rest = new RefundSplit(inr("10689.50"), inr("9215.00"), inr("1474.50"), inr("0.00"));
        fixture.given(paymentInitiated(), intent(), paymentCaptured(), refundRequested("r1", HALF))
                .when(refund("r2", rest))
                .expectEvents(refundRequested("r2", rest));
    }

    @Test
    void givenNotCaptured_whenRefunded_thenWrongState() {
        fixture.given(paymentInitiated(), intent())
                .when(refund("r1", WHOLE))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(PaymentRefusal.WRONG_STATE, PaymentStatus.PENDING));
    }

    @Test
    void givenCaptured_whenARefundsPartsDoNotAddUpOrAreInAnotherCurrencyOrZero_thenInvalid() {
        fixture.given(paymentInitiated(), intent(), paymentCaptured())
                .when(refund("r1", new RefundSplit(inr("100.00"), inr("60.00"), inr("30.00"), inr("0.00"))))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(PaymentRefusal.INVALID, PaymentStatus.CAPTURED));
        Money usd = Money.of("100.00", "USD");
        Money usdZero = Money.of("0", "USD");
        fixture.given(paymentInitiated(), intent(), paymentCaptured())
                .when(refund("r1", new RefundSplit(usd, usd, usdZero, usdZero)))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(PaymentRefusal.INVALID, PaymentStatus.CAPTURED));
        fixture.given(paymentInitiated(), intent(), paymentCaptured())
                .when(refund("r1", new RefundSplit(inr("0.00"), inr("0.00"), inr("0.00"), inr("0.00"))))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(PaymentRefusal.INVALID, PaymentStatus.CAPTURED));
    }

    @Test
    void givenARefundRequested_whenPaidOut_thenRefunded_once() {
        PaymentRefundedEvent refunded = new PaymentRefundedEvent(PAYMENT, BOOKING, "r1", TRAVELER, PROVIDER, WHOLE,
                "cancelled", LATER);
        fixture.given(paymentInitiated(), intent(), paymentCaptured(), refundRequested("r1", WHOLE))
                .when(new RecordRefundPaidCommand(PAYMENT, "r1", LATER))
                .expectEvents(refunded)
                .expectResultMessagePayload(new PaymentOutcome.Accepted(PaymentStatus.REFUNDED));
        fixture.given(paymentInitiated(), intent(), paymentCaptured(), refundRequested("r1", WHOLE), refunded)
                .when(new RecordRefundPaidCommand(PAYMENT, "r1", LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(unchanged(PaymentStatus.REFUNDED));
    }

    @Test
    void givenHalfRequested_whenPaidOut_thenPartiallyRefunded() {
        fixture.given(paymentInitiated(), intent(), paymentCaptured(), refundRequested("r1", HALF))
                .when(new RecordRefundPaidCommand(PAYMENT, "r1", LATER))
                .expectEvents(new PaymentRefundedEvent(PAYMENT, BOOKING, "r1", TRAVELER, PROVIDER, HALF, "cancelled",
                        LATER))
                .expectResultMessagePayload(new PaymentOutcome.Accepted(PaymentStatus.PARTIALLY_REFUNDED));
    }

    @Test
    void givenCaptured_whenAnUnknownRefundIsPaid_thenUnknownRefund() {
        fixture.given(paymentInitiated(), intent(), paymentCaptured())
                .when(new RecordRefundPaidCommand(PAYMENT, "r9", LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(PaymentRefusal.UNKNOWN_REFUND, PaymentStatus.CAPTURED));
    }

    @Test
    void givenCapturedAtAnotherAmount_whenRecorded_thenCapturedAsTheProviderSays() {
        Money less = inr("100.00");
        fixture.given(paymentInitiated(), intent())
                .when(new RecordPaymentCapturedCommand(PAYMENT, TXN, less, CAPTURED_AT))
                .expectEvents(new PaymentCapturedEvent(PAYMENT, BOOKING, GATEWAY, TXN, less, CAPTURED_AT));
        // and only that much can be refunded
        fixture.given(paymentInitiated(), intent(), new PaymentCapturedEvent(PAYMENT, BOOKING, GATEWAY, TXN, less,
                        CAPTURED_AT))
                .when(refund("r1", WHOLE))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(PaymentRefusal.OVER_REFUND, PaymentStatus.CAPTURED));
    }
}

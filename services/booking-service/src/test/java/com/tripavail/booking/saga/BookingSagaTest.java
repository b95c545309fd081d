package com.tripavail.booking.saga;

import static com.tripavail.booking.command.BookingSamples.BOOKING;
import static com.tripavail.booking.command.BookingSamples.CAPTURED_AT;
import static com.tripavail.booking.command.BookingSamples.HELD_AT;
import static com.tripavail.booking.command.BookingSamples.HOLD;
import static com.tripavail.booking.command.BookingSamples.HOLD_EXPIRES_AT;
import static com.tripavail.booking.command.BookingSamples.HOLD_REQUESTED_AT;
import static com.tripavail.booking.command.BookingSamples.PAYMENT;
import static com.tripavail.booking.command.BookingSamples.PRODUCT;
import static com.tripavail.booking.command.BookingSamples.PROVIDER;
import static com.tripavail.booking.command.BookingSamples.TRAVELER;
import static com.tripavail.booking.command.BookingSamples.TXN;
import static com.tripavail.booking.command.BookingSamples.confirmed;
import static com.tripavail.booking.command.BookingSamples.held;
import static com.tripavail.booking.command.BookingSamples.holdRequested;
import static com.tripavail.booking.command.BookingSamples.inr;
import static com.tripavail.booking.command.BookingSamples.paymentCaptured;
import static com.tripavail.booking.command.BookingSamples.paymentStarted;
import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.booking.command.CompleteBookingCommand;
import com.tripavail.booking.command.ConfirmBookingCommand;
import com.tripavail.booking.command.ExpireHoldCommand;
import com.tripavail.booking.command.RecordPaymentFailedCommand;
import com.tripavail.booking.command.RefundPaymentCommand;
import com.tripavail.booking.event.BookedProduct;
import com.tripavail.booking.event.BookingCancelledEvent;
import com.tripavail.booking.event.BookingCompletedEvent;
import com.tripavail.booking.event.BookingHoldExpiredEvent;
import com.tripavail.booking.event.BookingHoldRejectedEvent;
import com.tripavail.booking.event.BookingPaymentRefusedEvent;
import com.tripavail.booking.event.CancelledBy;
import com.tripavail.booking.event.PaymentDeclinedEvent;
import com.tripavail.booking.event.ProductType;
import com.tripavail.booking.event.RefundSplit;
import com.tripavail.contracts.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.test.matchers.Matchers;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The booking saga's commands and deadlines, one behaviour per test, on a fixed timeline. */
class BookingSagaTest {

    static final Money TOTAL = inr("21379.00");
    /** Check-out day (2026-12-12) at noon in Agra (UTC+05:30). */
    static final Instant COMPLETION = Instant.parse("2026-12-12T06:30:00Z");
    static final Instant EXPIRED_AT = HOLD_EXPIRES_AT.plusMillis(250);
    static final Instant LATE = EXPIRED_AT.plusSeconds(40);

    private SagaTestFixture<BookingSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(BookingSaga.class);
    }

    static Matcher<? super DeadlineMessage<?>> deadlineNamed(String name) {
        return Matchers.predicate(deadline -> deadline instanceof DeadlineMessage<?> message
                && message.getDeadlineName().equals(name));
    }

    static BookingHoldExpiredEvent expired(String pendingPaymentId) {
        return new BookingHoldExpiredEvent(BOOKING, HOLD, pendingPaymentId, EXPIRED_AT);
    }

    static BookingPaymentRefusedEvent refused(String paymentId, String reason) {
        return new BookingPaymentRefusedEvent(BOOKING, paymentId, TRAVELER, PROVIDER, TOTAL, reason, LATE);
    }

    static RefundPaymentCommand wholeRefundOf(String paymentId, String reason) {
        return new RefundPaymentCommand(paymentId, paymentId + "-refund-refused",
                new RefundSplit(TOTAL, inr("0.00"), inr("0.00"), TOTAL), reason, LATE);
    }

    static BookingCancelledEvent cancelled(CancelledBy by, String paymentId, RefundSplit refund) {
        return new BookingCancelledEvent(BOOKING, HOLD, by, "plans changed", paymentId, refund, TRAVELER, PROVIDER,
                CAPTURED_AT.plusSeconds(60));
    }

    // ---- hold ----------------------------------------------------------------------------------------

    @Test
    void givenNothing_whenHoldRequested_thenASagaFollowsTheBooking_withNothingToDoYet() {
        fixture.givenCurrentTime(HOLD_REQUESTED_AT)
                .whenAggregate(BOOKING).publishes(holdRequested())
                .expectActiveSagas(1)
                .expectAssociationWith("bookingId", BOOKING)
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    @Test
    void givenHoldRequested_whenHeld_thenTheHoldExpiryIsScheduledAtHoldExpiresAt() {
        fixture.givenCurrentTime(HOLD_REQUESTED_AT)
                .andThenAggregate(BOOKING).published(holdRequested())
                .whenAggregate(BOOKING).publishes(held())
                .expectScheduledDeadlineWithName(HOLD_EXPIRES_AT, BookingSaga.HOLD_EXPIRY)
                .expectNoDispatchedCommands();
    }

    @Test
    void givenHoldRequested_whenRejected_thenTheSagaEnds() {
        fixture.givenCurrentTime(HOLD_REQUESTED_AT)
                .andThenAggregate(BOOKING).published(holdRequested())
                .whenAggregate(BOOKING).publishes(new BookingHoldRejectedEvent(BOOKING, HOLD, "SOLD_OUT", "none left",
                        HELD_AT))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    @Test
    void givenHeld_whenTheHoldTimeElapses_thenTheBookingIsToldToExpire() {
        fixture.givenCurrentTime(HELD_AT)
                .andThenAggregate(BOOKING).published(holdRequested(), held())
                .whenTimeElapses(Duration.between(HELD_AT, HOLD_EXPIRES_AT))
                .expectTriggeredDeadlinesWithName(BookingSaga.HOLD_EXPIRY)
                .expectDispatchedCommands(new ExpireHoldCommand(BOOKING, HOLD, HOLD_EXPIRES_AT));
    }

    @Test
    void givenHeld_whenTimeStopsJustShortOfTheExpiry_thenNothingHappens() {
        fixture.givenCurrentTime(HELD_AT)
                .andThenAggregate(BOOKING).published(holdRequested(), held())
                .whenTimeAdvancesTo(HOLD_EXPIRES_AT.minusMillis(1))
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(HOLD_EXPIRES_AT, BookingSaga.HOLD_EXPIRY);
    }

    @Test
    void givenTheExpiryFired_whenTheUnpaidBookingExpired_thenTheSagaEnds() throws Exception {
        fixture.givenCurrentTime(HELD_AT)
                .andThenAggregate(BOOKING).published(holdRequested(), held())
                .andThenTimeAdvancesTo(HOLD_EXPIRES_AT)
                .whenAggregate(BOOKING).publishes(expired(null))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    // ---- payment -------------------------------------------------------------------------------------

    @Test
    void givenPaymentPending_whenCaptured_thenTheBookingIsAskedToConfirm() {
        fixture.givenCurrentTime(HELD_AT)
                .andThenAggregate(BOOKING).published(holdRequested(), held(), paymentStarted(PAYMENT))
                .whenAggregate(PAYMENT).publishes(paymentCaptured())
                .expectDispatchedCommands(new ConfirmBookingCommand(BOOKING, PAYMENT, TOTAL, CAPTURED_AT));
    }

    @Test
    void givenPaymentPending_whenDeclined_thenTheBookingRecordsTheFailure_andTheHoldStillExpires() {
        fixture.givenCurrentTime(HELD_AT)
                .andThenAggregate(BOOKING).published(holdRequested(), held(), paymentStarted(PAYMENT))
                .whenAggregate(PAYMENT).publishes(new PaymentDeclinedEvent(PAYMENT, BOOKING, TXN, "card declined",
                        CAPTURED_AT))
                .expectDispatchedCommands(new RecordPaymentFailedCommand(BOOKING, PAYMENT, "card declined",
                        CAPTURED_AT))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(HOLD_EXPIRES_AT, BookingSaga.HOLD_EXPIRY);
    }

    // ---- confirmation and completion -----------------------------------------------------------------

    @Test
    void givenPaymentPending_whenConfirmed_thenTheExpiryIsCancelled_andCompletionScheduledAtCheckOut() {
        fixture.givenCurrentTime(HELD_AT)
                .andThenAggregate(BOOKING).published(holdRequested(), held(), paymentStarted(PAYMENT))
                .whenAggregate(BOOKING).publishes(confirmed())
                .expectNoScheduledDeadlineMatching(deadlineNamed(BookingSaga.HOLD_EXPIRY))
                .expectScheduledDeadlineWithName(COMPLETION, BookingSaga.COMPLETION)
                .expectNoDispatchedCommands();
    }

    @Test
    void givenConfirmed_whenTheExpiryTimePasses_thenNothingIsSent() {
        fixture.givenCurrentTime(HELD_AT)
                .andThenAggregate(BOOKING).published(holdRequested(), held(), paymentStarted(PAYMENT), confirmed())
                .whenTimeAdvancesTo(HOLD_EXPIRES_AT.plusSeconds(60))
                .expectNoDispatchedCommands()
                .expectTriggeredDeadlinesWithName();
    }

    @Test
    void givenConfirmed_whenTheStayIsOver_thenTheBookingIsCompleted() {
        fixture.givenCurrentTime(HELD_AT)
                .andThenAggregate(BOOKING).published(holdRequested(), held(), paymentStarted(PAYMENT), confirmed())
                .whenTimeAdvancesTo(COMPLETION)
                .expectTriggeredDeadlinesWithName(BookingSaga.COMPLETION)
                .expectDispatchedCommands(new CompleteBookingCommand(BOOKING, COMPLETION));
    }

    @Test
    void givenConfirmed_whenCompleted_thenTheSagaEnds() throws Exception {
        fixture.givenCurrentTime(HELD_AT)
                .andThenAggregate(BOOKING).published(holdRequested(), held(), paymentStarted(PAYMENT), confirmed())
                .andThenTimeAdvancesTo(COMPLETION)
                .whenAggregate(BOOKING).publishes(new BookingCompletedEvent(BOOKING, COMPLETION))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void givenProducts_whenTheirCompletionTimeIsAsked_thenStaysEndAtCheckOutNoon_andToursAfterTheirLastDay() {
        assertThat(BookingSaga.completionTime(PRODUCT)).isEqualTo(COMPLETION);
        BookedProduct tour = new BookedProduct(ProductType.TOUR_PACKAGE, "tour-1", "departure-1", null,
                "Golden Triangle 5 days", "Jaipur", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5),
                "Asia/Kolkata");
        assertThat(BookingSaga.completionTime(tour)).isEqualTo(Instant.parse("2026-12-05T18:30:00Z"));
    }

    @Test
    void givenConfirmed_whenAnotherPaymentIsRefused_thenItIsRefundedWhole_andTheBookingGoesOn() {
        String reason = "the booking was already paid by payment payment-1";
        fixture.givenCurrentTime(HELD_AT)
                .andThenAggregate(BOOKING).published(holdRequested(), held(), paymentStarted(PAYMENT), confirmed())
                .whenAggregate(BOOKING).publishes(refused("payment-2", reason))
                .expectDispatchedCommands(wholeRefundOf("payment-2", reason))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(COMPLETION, BookingSaga.COMPLETION);
    }

    // ---- a payment pending at expiry ----------------------------------------------------------------

    @Test
    void givenPaymentPending_whenTheHoldExpires_thenTheSagaWaitsForThatPayment_atMostADay() throws Exception {
        fixture.givenCurrentTime(HELD_AT)
                .andThenAggregate(BOOKING).published(holdRequested(), held(), paymentStarted(PAYMENT))
                .andThenTimeAdvancesTo(EXPIRED_AT)
                .whenAggregate(BOOKING).publishes(expired(PAYMENT))
                .expectActiveSagas(1)
                .expectNoScheduledDeadlineMatching(deadlineNamed(BookingSaga.HOLD_EXPIRY))
                .expectScheduledDeadlineWithName(EXPIRED_AT.plus(Duration.ofHours(24)), BookingSaga.PAYMENT_WAIT);
    }

    @Test
    void givenExpiredWhilePaying_whenThePaymentIsCapturedLate_thenTheBookingIsStillAsked() {
        fixture.givenCurrentTime(HELD_AT)
                .andThenAggregate(BOOKING).published(holdRequested(), held(), paymentStarted(PAYMENT), expired(PAYMENT))
                .whenAggregate(PAYMENT).publishes(paymentCaptured())
                .expectDispatchedCommands(new ConfirmBookingCommand(BOOKING, PAYMENT, TOTAL, CAPTURED_AT))
                .expectActiveSagas(1);
    }

    @Test
    void givenALateCapture_whenTheBookingRefusesTheMoney_thenItIsRefundedWholeFromUnapplied_andTheSagaEnds() {
        String reason = "the hold expired before payment payment-1 was captured";
        fixture.givenCurrentTime(HELD_AT)
                .andThenAggregate(BOOKING).published(holdRequested(), held(), paymentStarted(PAYMENT), expired(PAYMENT))
                .andThenAggregate(PAYMENT).published(paymentCaptured())
                .whenAggregate(BOOKING).publishes(refused(PAYMENT, reason))
                .expectDispatchedCommands(wholeRefundOf(PAYMENT, reason))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void givenExpiredWhilePaying_whenThePaymentIsDeclined_thenTheSagaEnds_withNothingToRefund() {
        fixture.givenCurrentTime(HELD_AT)
                .andThenAggregate(BOOKING).published(holdRequested(), held(), paymentStarted(PAYMENT), expired(PAYMENT))
                .whenAggregate(PAYMENT).publishes(new PaymentDeclinedEvent(PAYMENT, BOOKING, TXN, "card declined",
                        LATE))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void givenExpiredWhilePaying_whenNoOutcomeComesForADay_thenTheSagaEnds() {
        fixture.givenCurrentTime(EXPIRED_AT)
                .andThenAggregate(BOOKING).published(holdRequested(), held(), paymentStarted(PAYMENT), expired(PAYMENT))
                .whenTimeElapses(Duration.ofHours(24))
                .expectTriggeredDeadlinesWithName(BookingSaga.PAYMENT_WAIT)
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    // ---- cancellation --------------------------------------------------------------------------------

    @Test
    void givenConfirmed_whenCancelledWithARefund_thenTheRefundIsRequested_andTheSagaEndsWithoutDeadlines() {
        RefundSplit half = new RefundSplit(inr("10689.50"), inr("9215.00"), inr("1474.50"), inr("0.00"));
        BookingCancelledEvent cancelled = cancelled(CancelledBy.GUEST, PAYMENT, half);
        fixture.givenCurrentTime(HELD_AT)
                .andThenAggregate(BOOKING).published(holdRequested(), held(), paymentStarted(PAYMENT), confirmed())
                .whenAggregate(BOOKING).publishes(cancelled)
                .expectDispatchedCommands(new RefundPaymentCommand(PAYMENT, "booking-1-refund-cancel", half,
                        "cancelled by guest: plans changed", cancelled.at()))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void givenConfirmed_whenCancelledTooLateForARefund_thenNothingIsRefunded_andTheSagaEnds() {
        Money zero = inr("0.00");
        fixture.givenCurrentTime(HELD_AT)
                .andThenAggregate(BOOKING).published(holdRequested(), held(), paymentStarted(PAYMENT), confirmed())
                .whenAggregate(BOOKING).publishes(cancelled(CancelledBy.GUEST, PAYMENT,
                        new RefundSplit(zero, zero, zero, zero)))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void givenHeld_whenCancelled_thenTheExpiryIsCancelled_andTheSagaEnds() {
        fixture.givenCurrentTime(HELD_AT)
                .andThenAggregate(BOOKING).published(holdRequested(), held())
                .whenAggregate(BOOKING).publishes(cancelled(CancelledBy.PROVIDER, null, null))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void givenPaymentPending_whenCancelled_thenTheSagaWaits_andRefundsALateCaptureWhole() {
        String reason = "the booking was cancelled before payment payment-1 was captured";
        fixture.givenCurrentTime(HELD_AT)
                .andThenAggregate(BOOKING).published(holdRequested(), held(), paymentStarted(PAYMENT),
                        cancelled(CancelledBy.GUEST, PAYMENT, null))
                .andThenAggregate(PAYMENT).published(paymentCaptured())
                .whenAggregate(BOOKING).publishes(refused(PAYMENT, reason))
                .expectDispatchedCommands(wholeRefundOf(PAYMENT, reason))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void givenPaymentPending_whenCancelled_thenNothingIsSentYet_andOnlyTheWaitIsScheduled() {
        fixture.givenCurrentTime(HELD_AT)
                .andThenAggregate(BOOKING).published(holdRequested(), held(), paymentStarted(PAYMENT))
                .whenAggregate(BOOKING).publishes(cancelled(CancelledBy.GUEST, PAYMENT, null))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1)
                .expectNoScheduledDeadlineMatching(deadlineNamed(BookingSaga.HOLD_EXPIRY))
                .expectScheduledDeadlineWithName(CAPTURED_AT.plusSeconds(60).plus(Duration.ofHours(24)),
                        BookingSaga.PAYMENT_WAIT);
    }
}

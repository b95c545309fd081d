package com.tripavail.booking.command;

import static com.tripavail.booking.command.BookingSamples.BOOKING;
import static com.tripavail.booking.command.BookingSamples.CAPTURED_AT;
import static com.tripavail.booking.command.BookingSamples.CHECK_IN;
import static com.tripavail.booking.command.BookingSamples.GATEWAY;
import static com.tripavail.booking.command.BookingSamples.HELD_AT;
import static com.tripavail.booking.command.BookingSamples.HOLD;
import static com.tripavail.booking.command.BookingSamples.HOLD_EXPIRES_AT;
import static com.tripavail.booking.command.BookingSamples.HOLD_REQUESTED_AT;
import static com.tripavail.booking.command.BookingSamples.PAYING_AT;
import static com.tripavail.booking.command.BookingSamples.PAYMENT;
import static com.tripavail.booking.command.BookingSamples.POLICY;
import static com.tripavail.booking.command.BookingSamples.PRODUCT;
import static com.tripavail.booking.command.BookingSamples.PROVIDER;
import static com.tripavail.booking.command.BookingSamples.TRAVELER;
import static com.tripavail.booking.command.BookingSamples.confirmed;
import static com.tripavail.booking.command.BookingSamples.createQuote;
import static com.tripavail.booking.command.BookingSamples.held;
import static com.tripavail.booking.command.BookingSamples.heldLines;
import static com.tripavail.booking.command.BookingSamples.heldPrice;
import static com.tripavail.booking.command.BookingSamples.holdRequested;
import static com.tripavail.booking.command.BookingSamples.inr;
import static com.tripavail.booking.command.BookingSamples.paymentStarted;
import static com.tripavail.booking.command.BookingSamples.quote;
import static com.tripavail.booking.command.BookingSamples.quoted;

import com.tripavail.booking.event.BookingCancelledEvent;
import com.tripavail.booking.event.BookingCompletedEvent;
import com.tripavail.booking.event.BookingConfirmedEvent;
import com.tripavail.booking.event.BookingHeldEvent;
import com.tripavail.booking.event.BookingHoldExpiredEvent;
import com.tripavail.booking.event.BookingHoldRejectedEvent;
import com.tripavail.booking.event.BookingHoldRequestedEvent;
import com.tripavail.booking.event.BookingPaymentFailedEvent;
import com.tripavail.booking.event.BookingPaymentRefusedEvent;
import com.tripavail.booking.event.BookingPaymentStartedEvent;
import com.tripavail.booking.event.BookingQuotedEvent;
import com.tripavail.booking.event.BookingStatus;
import com.tripavail.booking.event.CancelledBy;
import com.tripavail.booking.event.PriceLine;
import com.tripavail.booking.event.RefundSplit;
import com.tripavail.contracts.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every transition and refusal of a booking, told as given events → command → events and outcome. */
class BookingTest {

    static final Instant LATER = Instant.parse("2026-11-01T09:10:00Z");
    static final String STRANGER = "traveler-2";

    private FixtureConfiguration<Booking> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Booking.class);
    }

    static BookingOutcome accepted(BookingStatus status) {
        return BookingOutcome.accepted(status);
    }

    /** A refusal for {@code reason} leaving the booking in {@code status} (the detail is for people). */
    static Matcher<?> refused(BookingRefusal reason, BookingStatus status) {
        return Matchers.predicate(result -> result instanceof BookingOutcome.Refused refused
                && refused.reason() == reason && refused.status() == status && !refused.detail().isBlank());
    }

    static BookingPaymentFailedEvent paymentFailed(String paymentId) {
        return new BookingPaymentFailedEvent(BOOKING, paymentId, "card declined", CAPTURED_AT);
    }

    static BookingHoldExpiredEvent expired(String pendingPaymentId) {
        return new BookingHoldExpiredEvent(BOOKING, HOLD, pendingPaymentId, HOLD_EXPIRES_AT);
    }

    static CancelBookingCommand guestCancels(LocalDate today) {
        return new CancelBookingCommand(BOOKING, CancelledBy.GUEST, TRAVELER, "plans changed", today, LATER);
    }

    static BookingCancelledEvent guestCancelled(String holdId, String paymentId, RefundSplit refund) {
        return new BookingCancelledEvent(BOOKING, holdId, CancelledBy.GUEST, "plans changed", paymentId, refund,
                TRAVELER, PROVIDER, LATER);
    }

    static ConfirmBookingCommand capture(String paymentId, Money amount, Instant at) {
        return new ConfirmBookingCommand(BOOKING, paymentId, amount, at);
    }

    // ---- quote -------------------------------------------------------------------------------------

    @Test
    void givenNothing_whenQuoteCreated_thenQuotedWithTheServersBreakdown() {
        fixture.givenNoPriorActivity()
                .when(createQuote())
                .expectEvents(new BookingQuotedEvent(BOOKING, TRAVELER, PROVIDER, PRODUCT, 2, 4, quote(), POLICY,
                        BookingSamples.QUOTED_AT));
    }

    // ---- hold --------------------------------------------------------------------------------------

    @Test
    void givenQuote_whenTravellerRequestsHold_thenHoldRequested() {
        fixture.given(quoted())
                .when(new RequestHoldCommand(BOOKING, TRAVELER, HOLD, HOLD_REQUESTED_AT))
                .expectEvents(new BookingHoldRequestedEvent(BOOKING, HOLD, PRODUCT, 2, 4, HOLD_REQUESTED_AT))
                .expectResultMessagePayload(accepted(BookingStatus.HOLD_PENDING));
    }

    @Test
    void givenQuote_whenAnotherUserRequestsHold_thenRefusedNotYours() {
        fixture.given(quoted())
                .when(new RequestHoldCommand(BOOKING, STRANGER, HOLD, HOLD_REQUESTED_AT))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(BookingRefusal.NOT_YOURS, BookingStatus.QUOTE));
    }

    @Test
    void givenHoldPending_whenTheSameHoldIsRequestedAgain_thenNothingChanges_butAnotherHoldIsWrongState() {
        fixture.given(quoted(), holdRequested())
                .when(new RequestHoldCommand(BOOKING, TRAVELER, HOLD, LATER))
                .expectNoEvents()
                .expectResultMessagePayload(accepted(BookingStatus.HOLD_PENDING));
        fixture.given(quoted(), holdRequested())
                .when(new RequestHoldCommand(BOOKING, TRAVELER, "hold-2", LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(BookingRefusal.WRONG_STATE, BookingStatus.HOLD_PENDING));
    }

    @Test
    void givenHoldPending_whenGranted_thenHeldAtTheHeldPricesWithTheQuotesTerms() {
        fixture.given(quoted(), holdRequested())
                .when(new RecordHoldGrantedCommand(BOOKING, HOLD, heldLines(), HOLD_EXPIRES_AT, HELD_AT))
                .expectEvents(new BookingHeldEvent(BOOKING, HOLD, heldPrice(), HOLD_EXPIRES_AT, HELD_AT))
                .expectResultMessagePayload(accepted(BookingStatus.HOLD));
    }

    @Test
    void givenHeld_whenTheGrantIsRedelivered_thenNothingChanges() {
        fixture.given(quoted(), holdRequested(), held())
                .when(new RecordHoldGrantedCommand(BOOKING, HOLD, heldLines(), HOLD_EXPIRES_AT, LATER))
                .expectNoEvents()
                .expectResultMessagePayload(accepted(BookingStatus.HOLD));
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT))
                .when(new RecordHoldGrantedCommand(BOOKING, HOLD, heldLines(), HOLD_EXPIRES_AT, LATER))
                .expectNoEvents()
                .expectResultMessagePayload(accepted(BookingStatus.PAYMENT_PENDING));
    }

    @Test
    void givenHoldPending_whenAnotherHoldOrAnotherCurrencyOrNoExpiryIsGranted_thenInvalid() {
        fixture.given(quoted(), holdRequested())
                .when(new RecordHoldGrantedCommand(BOOKING, "hold-9", heldLines(), HOLD_EXPIRES_AT, HELD_AT))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(BookingRefusal.INVALID, BookingStatus.HOLD_PENDING));
        Money usd = Money.of("50.00", "USD");
        fixture.given(quoted(), holdRequested())
                .when(new RecordHoldGrantedCommand(BOOKING, HOLD,
                        List.of(new PriceLine("night", CHECK_IN, 1, usd, usd)), HOLD_EXPIRES_AT, HELD_AT))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(BookingRefusal.INVALID, BookingStatus.HOLD_PENDING));
        fixture.given(quoted(), holdRequested())
                .when(new RecordHoldGrantedCommand(BOOKING, HOLD, heldLines(), null, HELD_AT))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(BookingRefusal.INVALID, BookingStatus.HOLD_PENDING));
    }

    @Test
    void givenCancelledWhileHoldPending_whenGranted_thenWrongState() {
        fixture.given(quoted(), holdRequested(), guestCancelled(HOLD, null, null))
                .when(new RecordHoldGrantedCommand(BOOKING, HOLD, heldLines(), HOLD_EXPIRES_AT, HELD_AT))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(
                        refused(BookingRefusal.WRONG_STATE, BookingStatus.CANCELLED_BY_GUEST));
    }

    @Test
    void givenHoldPending_whenRejected_thenHoldRejected_andARepeatChangesNothing() {
        BookingHoldRejectedEvent rejected = new BookingHoldRejectedEvent(BOOKING, HOLD, "SOLD_OUT",
                "night 2026-12-10 has 0 free", HELD_AT);
        fixture.given(quoted(), holdRequested())
                .when(new RecordHoldRejectedCommand(BOOKING, HOLD, "SOLD_OUT", "night 2026-12-10 has 0 free", HELD_AT))
                .expectEvents(rejected)
                .expectResultMessagePayload(accepted(BookingStatus.HOLD_REJECTED));
        fixture.given(quoted(), holdRequested(), rejected)
                .when(new RecordHoldRejectedCommand(BOOKING, HOLD, "SOLD_OUT", "again", LATER))
                .expectNoEvents()
                .expectResultMessagePayload(accepted(BookingStatus.HOLD_REJECTED));
    }

    @Test
    void givenHeld_whenRejected_thenWrongState() {
        fixture.given(quoted(), holdRequested(), held())
                .when(new RecordHoldRejectedCommand(BOOKING, HOLD, "SOLD_OUT", "late", LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(BookingRefusal.WRONG_STATE, BookingStatus.HOLD));
    }

    // ---- payment -----------------------------------------------------------------------------------

    @Test
    void givenHeld_whenTravellerPays_thenPaymentStartedForTheHeldTotal() {
        fixture.given(quoted(), holdRequested(), held())
                .when(new StartPaymentCommand(BOOKING, TRAVELER, PAYMENT, GATEWAY, PAYING_AT))
                .expectEvents(new BookingPaymentStartedEvent(BOOKING, PAYMENT, GATEWAY, inr("21379.00"), PAYING_AT))
                .expectResultMessagePayload(accepted(BookingStatus.PAYMENT_PENDING));
    }

    @Test
    void givenHeld_whenAnotherUserPays_thenNotYours() {
        fixture.given(quoted(), holdRequested(), held())
                .when(new StartPaymentCommand(BOOKING, STRANGER, PAYMENT, GATEWAY, PAYING_AT))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(BookingRefusal.NOT_YOURS, BookingStatus.HOLD));
    }

    @Test
    void givenHeld_whenPayingAtTheExpiryInstant_thenHoldExpired() {
        fixture.given(quoted(), holdRequested(), held())
                .when(new StartPaymentCommand(BOOKING, TRAVELER, PAYMENT, GATEWAY, HOLD_EXPIRES_AT))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(BookingRefusal.HOLD_EXPIRED, BookingStatus.HOLD));
    }

    @Test
    void givenQuoteOrHoldPending_whenPaying_thenWrongState() {
        fixture.given(quoted())
                .when(new StartPaymentCommand(BOOKING, TRAVELER, PAYMENT, GATEWAY, PAYING_AT))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(BookingRefusal.WRONG_STATE, BookingStatus.QUOTE));
        fixture.given(quoted(), holdRequested())
                .when(new StartPaymentCommand(BOOKING, TRAVELER, PAYMENT, GATEWAY, PAYING_AT))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(BookingRefusal.WRONG_STATE, BookingStatus.HOLD_PENDING));
    }

    @Test
    void givenPaymentPending_whenTheSamePaymentStartsAgain_thenNothing_butAnotherPaymentIsWrongState() {
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT))
                .when(new StartPaymentCommand(BOOKING, TRAVELER, PAYMENT, GATEWAY, LATER))
                .expectNoEvents()
                .expectResultMessagePayload(accepted(BookingStatus.PAYMENT_PENDING));
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT))
                .when(new StartPaymentCommand(BOOKING, TRAVELER, "payment-2", GATEWAY, LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(
                        refused(BookingRefusal.WRONG_STATE, BookingStatus.PAYMENT_PENDING));
    }

    @Test
    void givenPaymentPending_whenDeclined_thenBackToHold_andANewPaymentMayStart_butNotTheDeclinedOne() {
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT))
                .when(new RecordPaymentFailedCommand(BOOKING, PAYMENT, "card declined", CAPTURED_AT))
                .expectEvents(paymentFailed(PAYMENT))
                .expectResultMessagePayload(accepted(BookingStatus.HOLD));
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT), paymentFailed(PAYMENT))
                .when(new StartPaymentCommand(BOOKING, TRAVELER, "payment-2", GATEWAY, LATER))
                .expectEvents(new BookingPaymentStartedEvent(BOOKING, "payment-2", GATEWAY, inr("21379.00"), LATER));
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT), paymentFailed(PAYMENT))
                .when(new StartPaymentCommand(BOOKING, TRAVELER, PAYMENT, GATEWAY, LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(BookingRefusal.INVALID, BookingStatus.HOLD));
    }

    @Test
    void givenADeclineRecorded_whenItIsRedelivered_thenNothing_andAnUnknownPaymentsFailureIsWrongState() {
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT), paymentFailed(PAYMENT))
                .when(new RecordPaymentFailedCommand(BOOKING, PAYMENT, "card declined", LATER))
                .expectNoEvents()
                .expectResultMessagePayload(accepted(BookingStatus.HOLD));
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT))
                .when(new RecordPaymentFailedCommand(BOOKING, "payment-9", "card declined", LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(
                        refused(BookingRefusal.WRONG_STATE, BookingStatus.PAYMENT_PENDING));
    }

    // ---- confirmation --------------------------------------------------------------------------------

    @Test
    void givenPaymentPending_whenCaptured_thenConfirmedWithTheHeldPriceAsSnapshot() {
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT))
                .when(capture(PAYMENT, inr("21379.00"), CAPTURED_AT))
                .expectEvents(confirmed())
                .expectResultMessagePayload(accepted(BookingStatus.CONFIRMED));
    }

    @Test
    void givenPaymentPending_whenCapturedWithTheSameValueAtAnotherScale_thenConfirmed() {
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT))
                .when(capture(PAYMENT, inr("21379"), CAPTURED_AT))
                .expectEvents(confirmed());
    }

    @Test
    void givenConfirmed_whenTheCaptureIsRedelivered_thenNothing() {
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT), confirmed())
                .when(capture(PAYMENT, inr("21379.00"), LATER))
                .expectNoEvents()
                .expectResultMessagePayload(accepted(BookingStatus.CONFIRMED));
    }

    @Test
    void givenPaymentPending_whenAnotherAmountIsCaptured_thenTheMoneyIsRefused_andTheBookingIsBackInHold() {
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT))
                .when(capture(PAYMENT, inr("100.00"), CAPTURED_AT))
                .expectEvents(new BookingPaymentRefusedEvent(BOOKING, PAYMENT, TRAVELER, PROVIDER, inr("100.00"),
                        "captured 100.00 INR, the booking costs 21379.00 INR", CAPTURED_AT))
                .expectResultMessagePayload(accepted(BookingStatus.HOLD));
    }

    @Test
    void givenExpiredWithAPendingPayment_whenItIsCaptured_thenTheMoneyIsRefused_once() {
        BookingPaymentRefusedEvent refusal = new BookingPaymentRefusedEvent(BOOKING, PAYMENT, TRAVELER, PROVIDER,
                inr("21379.00"), "the hold expired before payment payment-1 was captured", LATER);
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT), expired(PAYMENT))
                .when(capture(PAYMENT, inr("21379.00"), LATER))
                .expectEvents(refusal)
                .expectResultMessagePayload(accepted(BookingStatus.EXPIRED_HOLD));
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT), expired(PAYMENT), refusal)
                .when(capture(PAYMENT, inr("21379.00"), LATER))
                .expectNoEvents()
                .expectResultMessagePayload(accepted(BookingStatus.EXPIRED_HOLD));
    }

    @Test
    void givenCancelledWhilePaying_whenCaptured_thenTheMoneyIsRefused() {
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT), guestCancelled(HOLD, PAYMENT, null))
                .when(capture(PAYMENT, inr("21379.00"), LATER))
                .expectEvents(new BookingPaymentRefusedEvent(BOOKING, PAYMENT, TRAVELER, PROVIDER, inr("21379.00"),
                        "the booking was cancelled before payment payment-1 was captured", LATER));
    }

    @Test
    void givenConfirmed_whenAnotherPaymentIsCaptured_thenThatMoneyIsRefused() {
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT), confirmed())
                .when(capture("payment-2", inr("21379.00"), LATER))
                .expectEvents(new BookingPaymentRefusedEvent(BOOKING, "payment-2", TRAVELER, PROVIDER,
                        inr("21379.00"), "the booking was already paid by payment payment-1", LATER))
                .expectResultMessagePayload(accepted(BookingStatus.CONFIRMED));
    }

    // ---- expiry --------------------------------------------------------------------------------------

    @Test
    void givenHeld_whenTheDeadlineArrives_thenExpired() {
        fixture.given(quoted(), holdRequested(), held())
                .when(new ExpireHoldCommand(BOOKING, HOLD, HOLD_EXPIRES_AT))
                .expectEvents(expired(null))
                .expectResultMessagePayload(accepted(BookingStatus.EXPIRED_HOLD));
    }

    @Test
    void givenPaymentPending_whenTheDeadlineArrives_thenExpiredNamingThePendingPayment() {
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT))
                .when(new ExpireHoldCommand(BOOKING, HOLD, HOLD_EXPIRES_AT))
                .expectEvents(expired(PAYMENT));
    }

    @Test
    void givenHeld_whenExpiredBeforeTheDeadline_thenNothing() {
        fixture.given(quoted(), holdRequested(), held())
                .when(new ExpireHoldCommand(BOOKING, HOLD, HOLD_EXPIRES_AT.minusMillis(1)))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(BookingRefusal.WRONG_STATE, BookingStatus.HOLD));
    }

    @Test
    void givenConfirmed_whenALateDeadlineArrives_thenNothing() {
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT), confirmed())
                .when(new ExpireHoldCommand(BOOKING, HOLD, HOLD_EXPIRES_AT))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(BookingRefusal.WRONG_STATE, BookingStatus.CONFIRMED));
    }

    @Test
    void givenExpired_whenTheDeadlineIsRedelivered_thenNothing() {
        fixture.given(quoted(), holdRequested(), held(), expired(null))
                .when(new ExpireHoldCommand(BOOKING, HOLD, LATER))
                .expectNoEvents()
                .expectResultMessagePayload(accepted(BookingStatus.EXPIRED_HOLD));
    }

    @Test
    void givenExpired_whenPaying_thenWrongState() {
        fixture.given(quoted(), holdRequested(), held(), expired(null))
                .when(new StartPaymentCommand(BOOKING, TRAVELER, PAYMENT, GATEWAY, LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(BookingRefusal.WRONG_STATE, BookingStatus.EXPIRED_HOLD));
    }

    // ---- cancellation --------------------------------------------------------------------------------

    @Test
    void givenQuoteOrHoldPendingOrHeld_whenTheGuestCancels_thenCancelledWithoutRefund() {
        LocalDate today = CHECK_IN.minusDays(30);
        fixture.given(quoted())
                .when(guestCancels(today))
                .expectEvents(guestCancelled(null, null, null))
                .expectResultMessagePayload(accepted(BookingStatus.CANCELLED_BY_GUEST));
        fixture.given(quoted(), holdRequested())
                .when(guestCancels(today))
                .expectEvents(guestCancelled(HOLD, null, null));
        fixture.given(quoted(), holdRequested(), held())
                .when(guestCancels(today))
                .expectEvents(guestCancelled(HOLD, null, null));
    }

    @Test
    void givenPaymentPending_whenTheGuestCancels_thenCancelledNamingThePendingPayment() {
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT))
                .when(guestCancels(CHECK_IN.minusDays(30)))
                .expectEvents(guestCancelled(HOLD, PAYMENT, null));
    }

    @Test
    void givenConfirmed_whenTheGuestCancelsEarly_thenEverythingIsRefunded() {
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT), confirmed())
                .when(guestCancels(CHECK_IN.minusDays(7)))
                .expectEvents(guestCancelled(HOLD, PAYMENT, new RefundSplit(inr("21379.00"), inr("18430.00"),
                        inr("2949.00"), inr("0.00"))))
                .expectResultMessagePayload(accepted(BookingStatus.CANCELLED_BY_GUEST));
    }

    @Test
    void givenConfirmed_whenTheGuestCancelsLate_thenHalfIsRefunded() {
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT), confirmed())
                .when(guestCancels(CHECK_IN.minusDays(2)))
                .expectEvents(guestCancelled(HOLD, PAYMENT, new RefundSplit(inr("10689.50"), inr("9215.00"),
                        inr("1474.50"), inr("0.00"))));
    }

    @Test
    void givenConfirmed_whenTheGuestCancelsAfterTheStartDate_thenWrongState() {
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT), confirmed())
                .when(guestCancels(CHECK_IN.plusDays(1)))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(BookingRefusal.WRONG_STATE, BookingStatus.CONFIRMED));
    }

    @Test
    void givenConfirmed_whenTheProviderCancels_evenAfterTheStartDate_thenEverythingIsRefunded() {
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT), confirmed())
                .when(new CancelBookingCommand(BOOKING, CancelledBy.PROVIDER, PROVIDER, "overbooked",
                        CHECK_IN.plusDays(1), LATER))
                .expectEvents(new BookingCancelledEvent(BOOKING, HOLD, CancelledBy.PROVIDER, "overbooked", PAYMENT,
                        new RefundSplit(inr("21379.00"), inr("18430.00"), inr("2949.00"), inr("0.00")), TRAVELER,
                        PROVIDER, LATER))
                .expectResultMessagePayload(accepted(BookingStatus.CANCELLED_BY_PROVIDER));
    }

    @Test
    void givenABooking_whenSomeoneElseCancelsAsGuestOrAsProvider_thenNotYours() {
        fixture.given(quoted(), holdRequested(), held())
                .when(new CancelBookingCommand(BOOKING, CancelledBy.GUEST, STRANGER, "mine?", CHECK_IN, LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(BookingRefusal.NOT_YOURS, BookingStatus.HOLD));
        fixture.given(quoted(), holdRequested(), held())
                .when(new CancelBookingCommand(BOOKING, CancelledBy.PROVIDER, TRAVELER, "as provider", CHECK_IN,
                        LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(BookingRefusal.NOT_YOURS, BookingStatus.HOLD));
    }

    @Test
    void givenCancelled_whenTheSamePartyCancelsAgain_thenNothing_butTheOtherPartyIsWrongState() {
        fixture.given(quoted(), guestCancelled(null, null, null))
                .when(guestCancels(CHECK_IN))
                .expectNoEvents()
                .expectResultMessagePayload(accepted(BookingStatus.CANCELLED_BY_GUEST));
        fixture.given(quoted(), guestCancelled(null, null, null))
                .when(new CancelBookingCommand(BOOKING, CancelledBy.PROVIDER, PROVIDER, "too", CHECK_IN, LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(
                        refused(BookingRefusal.WRONG_STATE, BookingStatus.CANCELLED_BY_GUEST));
    }

    @Test
    void givenExpiredOrRejectedOrCompleted_whenCancelled_thenWrongState() {
        fixture.given(quoted(), holdRequested(), held(), expired(null))
                .when(guestCancels(CHECK_IN))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(BookingRefusal.WRONG_STATE, BookingStatus.EXPIRED_HOLD));
        fixture.given(quoted(), holdRequested(), new BookingHoldRejectedEvent(BOOKING, HOLD, "SOLD_OUT", "", HELD_AT))
                .when(guestCancels(CHECK_IN))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(
                        refused(BookingRefusal.WRONG_STATE, BookingStatus.HOLD_REJECTED));
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT), confirmed(),
                        new BookingCompletedEvent(BOOKING, LATER))
                .when(new CancelBookingCommand(BOOKING, CancelledBy.PROVIDER, PROVIDER, "late", CHECK_IN, LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(BookingRefusal.WRONG_STATE, BookingStatus.COMPLETED));
    }

    // ---- completion ----------------------------------------------------------------------------------

    @Test
    void givenConfirmed_whenCompleted_thenCompleted_andARepeatChangesNothing() {
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT), confirmed())
                .when(new CompleteBookingCommand(BOOKING, LATER))
                .expectEvents(new BookingCompletedEvent(BOOKING, LATER))
                .expectResultMessagePayload(accepted(BookingStatus.COMPLETED));
        fixture.given(quoted(), holdRequested(), held(), paymentStarted(PAYMENT), confirmed(),
                        new BookingCompletedEvent(BOOKING, LATER))
                .when(new CompleteBookingCommand(BOOKING, LATER))
                .expectNoEvents()
                .expectResultMessagePayload(accepted(BookingStatus.COMPLETED));
    }

    @Test
    void givenNotConfirmed_whenCompleted_thenWrongState() {
        fixture.given(quoted(), holdRequested(), held())
                .when(new CompleteBookingCommand(BOOKING, LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refused(BookingRefusal.WRONG_STATE, BookingStatus.HOLD));
        fixture.given(quoted(), guestCancelled(null, null, null))
                .when(new CompleteBookingCommand(BOOKING, LATER))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(
                        refused(BookingRefusal.WRONG_STATE, BookingStatus.CANCELLED_BY_GUEST));
    }
}

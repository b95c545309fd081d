package com.tripavail.booking.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tripavail.booking.event.BookedProduct;
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
import com.tripavail.booking.event.CancellationPolicy;
import com.tripavail.booking.event.CancelledBy;
import com.tripavail.booking.event.PriceBreakdown;
import com.tripavail.booking.event.PriceLine;
import com.tripavail.booking.event.RefundSplit;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One booking (id = bookingId) through its states: QUOTE → HOLD_PENDING → HOLD →
 * PAYMENT_PENDING → CONFIRMED → COMPLETED, or HOLD_REJECTED, EXPIRED_HOLD,
 * CANCELLED_BY_GUEST, CANCELLED_BY_PROVIDER.
 *
 * <p>Every handler returns a {@link BookingOutcome}. A command that does not fit (another user's
 * booking, the wrong state, an expired hold) is refused and applies nothing; a repeat of a
 * command that already took effect (the same hold, payment or cancellation) is accepted and
 * applies nothing, so redelivered messages are harmless. The one command that applies an event
 * without moving the booking on is {@link ConfirmBookingCommand} for a payment the booking cannot
 * take: the captured money is recorded ({@link BookingPaymentRefusedEvent}) so that it is refunded.
 */
@Aggregate(cache = "bookingAggregateCache")
public class Booking {

    @AggregateIdentifier
    private String bookingId;
    private String travelerId;
    private String providerId;
    private BookedProduct product;
    private int units;
    private int guests;
    private CancellationPolicy cancellationPolicy;
    private BookingStatus status;
    /** The quote, then the held price, then (CONFIRMED) the snapshot. */
    private PriceBreakdown price;
    private String holdId;
    private Instant holdExpiresAt;
    private String pendingPaymentId;
    private String confirmedPaymentId;
    /** Payments declined while pending: a repeat of their failure changes nothing. */
    private Set<String> failedPaymentIds = new HashSet<>();
    /** Captured payments the booking did not take: a repeat of their capture changes nothing. */
    private Set<String> refusedPaymentIds = new HashSet<>();

    protected Booking() {
        // for Axon
    }

    @CommandHandler
    public Booking(CreateBookingQuoteCommand command) {
        PriceBreakdown quote = PriceCalculation.price(command.lines(), command.terms());
        apply(new BookingQuotedEvent(command.bookingId(), command.travelerId(), command.providerId(),
                command.product(), command.units(), command.guests(), quote, command.cancellationPolicy(),
                command.at()));
    }

    @CommandHandler
    public BookingOutcome handle(RequestHoldCommand command) {
        if (!travelerId.equals(command.requesterId())) {
            return notYours();
        }
        if (status != BookingStatus.QUOTE) {
            return Objects.equals(holdId, command.holdId()) ? unchanged() : wrongState("request a hold");
        }
        apply(new BookingHoldRequestedEvent(bookingId, command.holdId(), product, units, guests, command.at()));
        return BookingOutcome.accepted(status);
    }

    @CommandHandler
    public BookingOutcome handle(RecordHoldGrantedCommand command) {
        if (!Objects.equals(holdId, command.holdId())) {
            return invalid("hold " + command.holdId() + " is not this booking's hold (" + holdId + ")");
        }
        if (status != BookingStatus.HOLD_PENDING) {
            return holdAnswered() ? unchanged() : wrongState("record a granted hold");
        }
        if (command.holdExpiresAt() == null) {
            return invalid("a granted hold needs the instant it expires");
        }
        if (command.heldLines() == null || command.heldLines().isEmpty()
                || command.heldLines().stream().anyMatch(line -> !currencyOf(line).equals(price.total().currency()))) {
            return invalid("held prices must be lines in " + price.total().currency());
        }
        PriceBreakdown held = PriceCalculation.price(command.heldLines(), PriceCalculation.termsOf(price));
        apply(new BookingHeldEvent(bookingId, holdId, held, command.holdExpiresAt(), command.at()));
        return BookingOutcome.accepted(status);
    }

    @CommandHandler
    public BookingOutcome handle(RecordHoldRejectedCommand command) {
        if (!Objects.equals(holdId, command.holdId())) {
            return invalid("hold " + command.holdId() + " is not this booking's hold (" + holdId + ")");
        }
        if (status != BookingStatus.HOLD_PENDING) {
            return status == BookingStatus.HOLD_REJECTED ? unchanged() : wrongState("record a rejected hold");
        }
        apply(new BookingHoldRejectedEvent(bookingId, holdId, command.reason(), command.detail(), command.at()));
        return BookingOutcome.accepted(status);
    }

    @CommandHandler
    public BookingOutcome handle(StartPaymentCommand command) {
        if (!travelerId.equals(command.requesterId())) {
            return notYours();
        }
        if (status == BookingStatus.PAYMENT_PENDING && command.paymentId().equals(pendingPaymentId)) {
            return unchanged();
        }
        if (status != BookingStatus.HOLD) {
            return wrongState("start a payment");
        }
        if (!command.at().isBefore(holdExpiresAt)) {
            return BookingOutcome.refused(BookingRefusal.HOLD_EXPIRED, "the hold expired at " + holdExpiresAt,
                    status);
        }
        if (failedPaymentIds.contains(command.paymentId()) || refusedPaymentIds.contains(command.paymentId())) {
            return invalid("payment " + command.paymentId() + " was used before; start a new one");
        }
        apply(new BookingPaymentStartedEvent(bookingId, command.paymentId(), command.provider(), price.total(),
                command.at()));
        return BookingOutcome.accepted(status);
    }

    @CommandHandler
    public BookingOutcome handle(RecordPaymentFailedCommand command) {
        if (failedPaymentIds.contains(command.paymentId())) {
            return unchanged();
        }
        if (status != BookingStatus.PAYMENT_PENDING || !command.paymentId().equals(pendingPaymentId)) {
            return wrongState("record the failure of payment " + command.paymentId());
        }
        apply(new BookingPaymentFailedEvent(bookingId, command.paymentId(), command.reason(), command.at()));
        return BookingOutcome.accepted(status);
    }

    /**
     * A payment was captured. The booking awaiting exactly this payment and amount is confirmed;
     * any other captured money (the hold expired or the booking was cancelled meanwhile, another
     * payment, a wrong amount) is recorded as refused, to be refunded, and the outcome is
     * Accepted with the booking's unchanged status. A wrong amount for the pending payment sends
     * the booking back to HOLD, so the traveller may pay again while the hold lasts.
     */
    @CommandHandler
    public BookingOutcome handle(ConfirmBookingCommand command) {
        String paymentId = command.paymentId();
        if (paymentId.equals(confirmedPaymentId) || refusedPaymentIds.contains(paymentId)) {
            return unchanged();
        }
        boolean awaited = status == BookingStatus.PAYMENT_PENDING && paymentId.equals(pendingPaymentId);
        if (awaited && command.amount().sameAs(price.total())) {
            apply(new BookingConfirmedEvent(bookingId, holdId, paymentId, travelerId, providerId, product, units,
                    guests, price, cancellationPolicy, command.at()));
            return BookingOutcome.accepted(status);
        }
        String reason = awaited ? "captured " + command.amount().amount() + " " + command.amount().currency()
                + ", the booking costs " + price.total().amount() + " " + price.total().currency()
                : refusalReason(paymentId);
        apply(new BookingPaymentRefusedEvent(bookingId, paymentId, travelerId, providerId, command.amount(), reason,
                command.at()));
        return BookingOutcome.accepted(status);
    }

    /** The hold's deadline: an unpaid booking (HOLD, or PAYMENT_PENDING with no answer yet) expires. */
    @CommandHandler
    public BookingOutcome handle(ExpireHoldCommand command) {
        if (command.holdId() != null && !command.holdId().equals(holdId)) {
            return invalid("hold " + command.holdId() + " is not this booking's hold (" + holdId + ")");
        }
        if (status == BookingStatus.EXPIRED_HOLD) {
            return unchanged();
        }
        if (status != BookingStatus.HOLD && status != BookingStatus.PAYMENT_PENDING) {
            return wrongState("expire the hold");
        }
        if (command.at().isBefore(holdExpiresAt)) {
            return BookingOutcome.refused(BookingRefusal.WRONG_STATE, "the hold lasts until " + holdExpiresAt,
                    status);
        }
        apply(new BookingHoldExpiredEvent(bookingId, holdId, pendingPaymentId, command.at()));
        return BookingOutcome.accepted(status);
    }

    /**
     * The guest or the provider cancels. Only a CONFIRMED booking was paid, so only it is refunded:
     * by the cancellation policy for the guest, in full for the provider. A guest cannot cancel a
     * confirmed booking after its start date (the stay or tour has begun; the policy gives nothing
     * back then anyway); the provider can until it is completed. A cancellation while a payment is
     * pending names that payment with no refund: if it is captured later, the booking refuses it
     * and it is refunded whole.
     */
    @CommandHandler
    public BookingOutcome handle(CancelBookingCommand command) {
        String owner = switch (command.by()) {
            case GUEST -> travelerId;
            case PROVIDER -> providerId;
        };
        if (!owner.equals(command.requesterId())) {
            return notYours();
        }
        BookingStatus cancelled = command.by() == CancelledBy.GUEST ? BookingStatus.CANCELLED_BY_GUEST
                : BookingStatus.CANCELLED_BY_PROVIDER;
        if (status == cancelled) {
            return unchanged();
        }
        if (!cancellable()) {
            return wrongState("cancel");
        }
        if (status == BookingStatus.CONFIRMED && command.by() == CancelledBy.GUEST
                && command.today().isAfter(product.startDate())) {
            return BookingOutcome.refused(BookingRefusal.WRONG_STATE,
                    "the booking started on " + product.startDate() + "; it can no longer be cancelled", status);
        }
        String paymentId = null;
        RefundSplit refund = null;
        if (status == BookingStatus.CONFIRMED) {
            paymentId = confirmedPaymentId;
            refund = PriceCalculation.cancellationRefund(price, cancellationPolicy, command.by(), command.today(),
                    product.startDate());
        } else if (status == BookingStatus.PAYMENT_PENDING) {
            paymentId = pendingPaymentId;
        }
        apply(new BookingCancelledEvent(bookingId, holdId, command.by(), command.reason(), paymentId, refund,
                travelerId, providerId, command.at()));
        return BookingOutcome.accepted(status);
    }

    @CommandHandler
    public BookingOutcome handle(CompleteBookingCommand command) {
        if (status == BookingStatus.COMPLETED) {
            return unchanged();
        }
        if (status != BookingStatus.CONFIRMED) {
            return wrongState("complete");
        }
        apply(new BookingCompletedEvent(bookingId, command.at()));
        return BookingOutcome.accepted(status);
    }

    // ---- state ---------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(BookingQuotedEvent event) {
        bookingId = event.bookingId();
        travelerId = event.travelerId();
        providerId = event.providerId();
        product = event.product();
        units = event.units();
        guests = event.guests();
        price = event.quote();
        cancellationPolicy = event.cancellationPolicy();
        status = BookingStatus.QUOTE;
    }

    @EventSourcingHandler
    void on(BookingHoldRequestedEvent event) {
        holdId = event.holdId();
        status = BookingStatus.HOLD_PENDING;
    }

    @EventSourcingHandler
    void on(BookingHeldEvent event) {
        price = event.price();
        holdExpiresAt = event.holdExpiresAt();
        status = BookingStatus.HOLD;
    }

    @EventSourcingHandler
    void on(BookingHoldRejectedEvent event) {
        status = BookingStatus.HOLD_REJECTED;
    }

    @EventSourcingHandler
    void on(BookingPaymentStartedEvent event) {
        pendingPaymentId = event.paymentId();
        status = BookingStatus.PAYMENT_PENDING;
    }

    @EventSourcingHandler
    void on(BookingPaymentFailedEvent event) {
        failedPaymentIds.add(event.paymentId());
        pendingPaymentId = null;
        status = BookingStatus.HOLD;
    }

    @EventSourcingHandler
    void on(BookingConfirmedEvent event) {
        confirmedPaymentId = event.paymentId();
        pendingPaymentId = null;
        price = event.priceSnapshot();
        status = BookingStatus.CONFIRMED;
    }

    @EventSourcingHandler
    void on(BookingPaymentRefusedEvent event) {
        refusedPaymentIds.add(event.paymentId());
        if (status == BookingStatus.PAYMENT_PENDING && event.paymentId().equals(pendingPaymentId)) {
            pendingPaymentId = null;
            status = BookingStatus.HOLD;
        }
    }

    @EventSourcingHandler
    void on(BookingHoldExpiredEvent event) {
        status = BookingStatus.EXPIRED_HOLD;
    }

    @EventSourcingHandler
    void on(BookingCancelledEvent event) {
        status = event.by() == CancelledBy.GUEST ? BookingStatus.CANCELLED_BY_GUEST
                : BookingStatus.CANCELLED_BY_PROVIDER;
    }

    @EventSourcingHandler
    void on(BookingCompletedEvent event) {
        status = BookingStatus.COMPLETED;
    }

    // ---- rules -----------------------------------------------------------------------------------

    private boolean cancellable() {
        return switch (status) {
            case QUOTE, HOLD_PENDING, HOLD, PAYMENT_PENDING, CONFIRMED -> true;
            case COMPLETED, HOLD_REJECTED, EXPIRED_HOLD, CANCELLED_BY_GUEST, CANCELLED_BY_PROVIDER -> false;
        };
    }

    /** Inventory's answer to the hold was recorded (the booking may have moved on since). */
    private boolean holdAnswered() {
        return holdExpiresAt != null;
    }

    private String refusalReason(String paymentId) {
        return switch (status) {
            case EXPIRED_HOLD -> "the hold expired before payment " + paymentId + " was captured";
            case CANCELLED_BY_GUEST, CANCELLED_BY_PROVIDER -> "the booking was cancelled before payment " + paymentId
                    + " was captured";
            case CONFIRMED, COMPLETED -> "the booking was already paid by payment " + confirmedPaymentId;
            default -> "the booking was not awaiting payment " + paymentId + " (status " + status + ")";
        };
    }

    private static String currencyOf(PriceLine line) {
        return line.amount().currency();
    }

    private BookingOutcome unchanged() {
        return BookingOutcome.accepted(status);
    }

    private BookingOutcome notYours() {
        return BookingOutcome.refused(BookingRefusal.NOT_YOURS, "booking " + bookingId + " is not yours", status);
    }

    private BookingOutcome wrongState(String what) {
        return BookingOutcome.refused(BookingRefusal.WRONG_STATE, "cannot " + what + ": the booking is " + status,
                status);
    }

    private BookingOutcome invalid(String detail) {
        return BookingOutcome.refused(BookingRefusal.INVALID, detail, status);
    }

}

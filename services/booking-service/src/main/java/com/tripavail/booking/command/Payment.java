package com.tripavail.booking.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tripavail.booking.event.PaymentCapturedEvent;
import com.tripavail.booking.event.PaymentDeclinedEvent;
import com.tripavail.booking.event.PaymentInitiatedEvent;
import com.tripavail.booking.event.PaymentIntentCreatedEvent;
import com.tripavail.booking.event.PaymentRefundRequestedEvent;
import com.tripavail.booking.event.PaymentRefundedEvent;
import com.tripavail.booking.event.RefundSplit;
import com.tripavail.contracts.Money;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One payment of a booking with a payment provider (id = paymentId), opened before the provider
 * is called so its callbacks always find it. The provider's callbacks (intent, capture, decline,
 * refund paid) may arrive more than once: each fact is recorded once and a repeat is answered
 * {@link PaymentOutcome.Unchanged}. Refunds are requested under the caller's refund id (a
 * redelivered request is the same refund) and never add up to more than was captured.
 */
@Aggregate(cache = "bookingAggregateCache")
public class Payment {

    @AggregateIdentifier
    private String paymentId;
    private String bookingId;
    private String travelerId;
    private String providerId;
    private String provider;
    private Money amount;
    private String providerTxnId;
    private PaymentStatus status;
    private Money captured;
    /** Refunds requested, by refund id; their sum never exceeds {@link #captured}. */
    private Map<String, RequestedRefund> refunds = new HashMap<>();
    private Set<String> paidRefundIds = new HashSet<>();

    /** A refund asked of the provider, remembered until it is paid out. */
    record RequestedRefund(RefundSplit refund, String reason) {
    }

    protected Payment() {
        // for Axon
    }

    @CommandHandler
    public Payment(InitiatePaymentCommand command) {
        if (command.amount().isNegative() || command.amount().amount().signum() == 0) {
            throw new IllegalArgumentException("a payment of " + command.amount() + " is a bug of the caller");
        }
        apply(new PaymentInitiatedEvent(command.paymentId(), command.bookingId(), command.travelerId(),
                command.providerId(), command.provider(), command.amount(), command.at()));
    }

    @CommandHandler
    public PaymentOutcome handle(RecordPaymentIntentCommand command) {
        if (providerTxnId != null) {
            return providerTxnId.equals(command.providerTxnId()) ? unchanged("the intent was recorded before")
                    : refused(PaymentRefusal.INVALID, "the provider's id is " + providerTxnId + ", not "
                    + command.providerTxnId());
        }
        apply(new PaymentIntentCreatedEvent(paymentId, bookingId, command.providerTxnId(), command.at()));
        return accepted();
    }

    @CommandHandler
    public PaymentOutcome handle(RecordPaymentCapturedCommand command) {
        if (status.isCaptured()) {
            return unchanged("captured before");
        }
        if (status == PaymentStatus.DECLINED) {
            return refused(PaymentRefusal.WRONG_STATE, "the payment was declined before; a capture now is odd");
        }
        if (otherTxn(command.providerTxnId())) {
            return refused(PaymentRefusal.INVALID, "the provider's id is " + providerTxnId + ", not "
                    + command.providerTxnId());
        }
        if (!command.amount().currency().equals(amount.currency()) || command.amount().isNegative()) {
            return refused(PaymentRefusal.INVALID, "captured " + command.amount() + " of a payment in "
                    + amount.currency());
        }
        // A capture of another amount than asked is recorded as it is: the booking refuses it and it is refunded.
        apply(new PaymentCapturedEvent(paymentId, bookingId, provider, command.providerTxnId(), command.amount(),
                command.at()));
        return accepted();
    }

    @CommandHandler
    public PaymentOutcome handle(RecordPaymentDeclinedCommand command) {
        if (status == PaymentStatus.DECLINED) {
            return unchanged("declined before");
        }
        if (status.isCaptured()) {
            return refused(PaymentRefusal.WRONG_STATE, "the payment was captured before; a decline now is odd");
        }
        if (otherTxn(command.providerTxnId())) {
            return refused(PaymentRefusal.INVALID, "the provider's id is " + providerTxnId + ", not "
                    + command.providerTxnId());
        }
        apply(new PaymentDeclinedEvent(paymentId, bookingId, command.providerTxnId(), command.reason(),
                command.at()));
        return accepted();
    }

    @CommandHandler
    public PaymentOutcome handle(RefundPaymentCommand command) {
        if (refunds.containsKey(command.refundId())) {
            return unchanged("refund " + command.refundId() + " was requested before");
        }
        if (!status.isCaptured()) {
            return refused(PaymentRefusal.WRONG_STATE, "only captured money can be refunded");
        }
        RefundSplit refund = command.refund();
        String problem = splitProblem(refund);
        if (problem != null) {
            return refused(PaymentRefusal.INVALID, problem);
        }
        BigDecimal requested = refunds.values().stream().map(r -> r.refund().amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (requested.add(refund.amount().amount()).compareTo(captured.amount()) > 0) {
            return refused(PaymentRefusal.OVER_REFUND, "captured " + captured.amount() + ", refunds asked "
                    + requested + ", this one " + refund.amount().amount());
        }
        apply(new PaymentRefundRequestedEvent(paymentId, bookingId, command.refundId(), provider, providerTxnId,
                refund, command.reason(), command.at()));
        return accepted();
    }

    @CommandHandler
    public PaymentOutcome handle(RecordRefundPaidCommand command) {
        RequestedRefund requested = refunds.get(command.refundId());
        if (requested == null) {
            return refused(PaymentRefusal.UNKNOWN_REFUND, "no refund " + command.refundId() + " was requested");
        }
        if (paidRefundIds.contains(command.refundId())) {
            return unchanged("refund " + command.refundId() + " was paid before");
        }
        apply(new PaymentRefundedEvent(paymentId, bookingId, command.refundId(), travelerId, providerId,
                requested.refund(), requested.reason(), command.at()));
        return accepted();
    }

    // ---- state ---------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(PaymentInitiatedEvent event) {
        paymentId = event.paymentId();
        bookingId = event.bookingId();
        travelerId = event.travelerId();
        providerId = event.providerId();
        provider = event.provider();
        amount = event.amount();
        status = PaymentStatus.INITIATED;
    }

    @EventSourcingHandler
    void on(PaymentIntentCreatedEvent event) {
        providerTxnId = event.providerTxnId();
        if (status == PaymentStatus.INITIATED) {
            status = PaymentStatus.PENDING;
        }
    }

    @EventSourcingHandler
    void on(PaymentCapturedEvent event) {
        if (providerTxnId == null) {
            providerTxnId = event.providerTxnId();
        }
        captured = event.amount();
        status = PaymentStatus.CAPTURED;
    }

    @EventSourcingHandler
    void on(PaymentDeclinedEvent event) {
        if (providerTxnId == null) {
            providerTxnId = event.providerTxnId();
        }
        status = PaymentStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(PaymentRefundRequestedEvent event) {
        refunds.put(event.refundId(), new RequestedRefund(event.refund(), event.reason()));
    }

    @EventSourcingHandler
    void on(PaymentRefundedEvent event) {
        paidRefundIds.add(event.refundId());
        BigDecimal paid = paidRefundIds.stream().map(id -> refunds.get(id).refund().amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        status = paid.compareTo(captured.amount()) >= 0 ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
    }

    // ---- rules -----------------------------------------------------------------------------------

    /** A callback naming another provider transaction than the one this payment has. */
    private boolean otherTxn(String txnId) {
        return providerTxnId != null && txnId != null && !providerTxnId.equals(txnId);
    }

    private String splitProblem(RefundSplit refund) {
        if (refund == null || refund.amount() == null) {
            return "a refund needs an amount";
        }
        Money total = refund.amount();
        if (total.amount().signum() <= 0) {
            return "a refund must be more than zero, got " + total.amount();
        }
        String currency = captured.currency();
        for (Money part : new Money[] {total, refund.providerPart(), refund.commissionPart(), refund.unappliedPart()}) {
            if (part == null || !part.currency().equals(currency) || part.isNegative()) {
                return "refund parts must be " + currency + " amounts of zero or more";
            }
        }
        BigDecimal parts = refund.providerPart().amount().add(refund.commissionPart().amount())
                .add(refund.unappliedPart().amount());
        if (parts.compareTo(total.amount()) != 0) {
            return "refund parts add up to " + parts + ", not " + total.amount();
        }
        return null;
    }

    private PaymentOutcome accepted() {
        return new PaymentOutcome.Accepted(status);
    }

    private PaymentOutcome unchanged(String detail) {
        return new PaymentOutcome.Unchanged(status, detail);
    }

    private PaymentOutcome refused(PaymentRefusal reason, String detail) {
        return new PaymentOutcome.Refused(reason, detail, status);
    }
}

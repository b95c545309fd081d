package com.tripavail.booking.saga;

import com.tripavail.booking.command.CompleteBookingCommand;
import com.tripavail.booking.command.ConfirmBookingCommand;
import com.tripavail.booking.command.ExpireHoldCommand;
import com.tripavail.booking.command.PriceCalculation;
import com.tripavail.booking.command.RecordPaymentFailedCommand;
import com.tripavail.booking.command.RefundPaymentCommand;
import com.tripavail.booking.event.BookedProduct;
import com.tripavail.booking.event.BookingCancelledEvent;
import com.tripavail.booking.event.BookingCompletedEvent;
import com.tripavail.booking.event.BookingConfirmedEvent;
import com.tripavail.booking.event.BookingHeldEvent;
import com.tripavail.booking.event.BookingHoldExpiredEvent;
import com.tripavail.booking.event.BookingHoldRejectedEvent;
import com.tripavail.booking.event.BookingHoldRequestedEvent;
import com.tripavail.booking.event.BookingPaymentRefusedEvent;
import com.tripavail.booking.event.PaymentCapturedEvent;
import com.tripavail.booking.event.PaymentDeclinedEvent;
import com.tripavail.booking.event.ProductType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Runs one booking from the hold request to its end, with commands and persistent deadlines
 * only (inventory learns of holds, releases and sales from the booking events themselves,
 * published to Kafka):
 * <ul>
 *   <li>held → the {@value #HOLD_EXPIRY} deadline at {@code holdExpiresAt} sends
 *       {@link ExpireHoldCommand} (the booking ignores it once paid);</li>
 *   <li>a captured payment → {@link ConfirmBookingCommand}; a declined one →
 *       {@link RecordPaymentFailedCommand};</li>
 *   <li>confirmed → the {@value #COMPLETION} deadline sends {@link CompleteBookingCommand} after
 *       the stay or tour (see {@link #completionTime});</li>
 *   <li>captured money the booking refuses, and a cancellation's refund → {@link RefundPaymentCommand}.</li>
 * </ul>
 * A booking that expires or is cancelled while a payment is pending keeps its saga until that
 * payment's outcome is known (a late capture is refunded whole), at most {@value #PAYMENT_WAIT_HOURS} hours.
 *
 * <p>Refund ids are derived from the booking and the payment, so a redelivered event asks for the
 * same refund, which the payment records once. Command times are the triggering event's or
 * deadline's time, never a clock's. Commands are sent without waiting: the local command bus
 * runs them at once, in a unit of work nested in the saga's, within its transaction. Deadlines
 * are cancelled by id (cancelling by name would read every scheduled deadline).
 */
@Saga
@ProcessingGroup(BookingSaga.PROCESSING_GROUP)
public class BookingSaga {

    public static final String PROCESSING_GROUP = "booking-saga";
    public static final String HOLD_EXPIRY = "hold-expiry";
    public static final String COMPLETION = "completion";
    public static final String PAYMENT_WAIT = "payment-outcome-wait";
    static final long PAYMENT_WAIT_HOURS = 24;
    /** Check-out time, in the property's zone, that ends a stay or a hotel package on its end date. */
    static final LocalTime CHECK_OUT = LocalTime.NOON;

    private static final String BOOKING_ID = "bookingId";

    private String bookingId;
    private String holdId;
    private String holdExpiryDeadlineId;
    private String completionDeadlineId;
    /** The booking ended (expired, cancelled) while this payment was pending: waiting for its outcome. */
    private String awaitedPaymentId;
    private String paymentWaitDeadlineId;

    private transient CommandGateway commandGateway;
    private transient DeadlineManager deadlineManager;

    @Autowired
    public void setCommandGateway(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @Autowired
    public void setDeadlineManager(DeadlineManager deadlineManager) {
        this.deadlineManager = deadlineManager;
    }

    @StartSaga
    @SagaEventHandler(associationProperty = BOOKING_ID)
    public void on(BookingHoldRequestedEvent event) {
        bookingId = event.bookingId();
        holdId = event.holdId();
    }

    @SagaEventHandler(associationProperty = BOOKING_ID)
    public void on(BookingHeldEvent event) {
        if (holdExpiryDeadlineId == null) {
            holdExpiryDeadlineId = deadlineManager.schedule(event.holdExpiresAt(), HOLD_EXPIRY, holdId);
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = BOOKING_ID)
    public void on(BookingHoldRejectedEvent event) {
        // inventory refused: nothing was scheduled, nothing to undo
    }

    @DeadlineHandler(deadlineName = HOLD_EXPIRY)
    public void holdExpired(String expiringHoldId, @Timestamp Instant at) {
        holdExpiryDeadlineId = null;
        commandGateway.send(new ExpireHoldCommand(bookingId, expiringHoldId, at));
    }

    @SagaEventHandler(associationProperty = BOOKING_ID)
    public void on(BookingHoldExpiredEvent event) {
        cancelHoldExpiry();
        endOrAwait(event.pendingPaymentId(), event.at());
    }

    @SagaEventHandler(associationProperty = BOOKING_ID)
    public void on(PaymentCapturedEvent event) {
        commandGateway.send(new ConfirmBookingCommand(bookingId, event.paymentId(), event.amount(), event.at()));
    }

    @SagaEventHandler(associationProperty = BOOKING_ID)
    public void on(PaymentDeclinedEvent event) {
        if (event.paymentId().equals(awaitedPaymentId)) {
            end(); // the booking ended meanwhile; nothing was taken, nothing to give back
            return;
        }
        commandGateway.send(new RecordPaymentFailedCommand(bookingId, event.paymentId(), event.reason(), event.at()));
    }

    @SagaEventHandler(associationProperty = BOOKING_ID)
    public void on(BookingConfirmedEvent event) {
        cancelHoldExpiry();
        if (completionDeadlineId == null) {
            completionDeadlineId = deadlineManager.schedule(completionTime(event.product()), COMPLETION, bookingId);
        }
    }

    @DeadlineHandler(deadlineName = COMPLETION)
    public void completionDue(String completedBookingId, @Timestamp Instant at) {
        completionDeadlineId = null;
        commandGateway.send(new CompleteBookingCommand(bookingId, at));
    }

    @SagaEventHandler(associationProperty = BOOKING_ID)
    public void on(BookingCompletedEvent event) {
        end();
    }

    /** Money the booking could not take goes back whole, from the unapplied payments. */
    @SagaEventHandler(associationProperty = BOOKING_ID)
    public void on(BookingPaymentRefusedEvent event) {
        commandGateway.send(new RefundPaymentCommand(event.paymentId(), refusedPaymentRefundId(event.paymentId()),
                PriceCalculation.unapplied(event.amount()), event.reason(), event.at()));
        if (event.paymentId().equals(awaitedPaymentId)) {
            end();
        }
    }

    @SagaEventHandler(associationProperty = BOOKING_ID)
    public void on(BookingCancelledEvent event) {
        cancelHoldExpiry();
        completionDeadlineId = cancel(COMPLETION, completionDeadlineId);
        if (event.refund() != null) {
            if (event.refund().amount().amount().signum() > 0) {
                commandGateway.send(new RefundPaymentCommand(event.paymentId(), cancellationRefundId(bookingId),
                        event.refund(), "cancelled by " + event.by().name().toLowerCase() + ": " + event.reason(),
                        event.at()));
            }
            end();
            return;
        }
        endOrAwait(event.paymentId(), event.at());
    }

    /** No outcome of the awaited payment came within the wait: nothing more to do for this booking. */
    @DeadlineHandler(deadlineName = PAYMENT_WAIT)
    public void paymentWaitOver(String paymentId) {
        paymentWaitDeadlineId = null;
        end();
    }

    /**
     * When a confirmed booking is over: a stay or hotel package at check-out ({@link #CHECK_OUT}) on its
     * end date (the morning after the last night), a tour at the end of its last day (midnight after
     * it), both in the product's time zone.
     */
    static Instant completionTime(BookedProduct product) {
        ZoneId zone = ZoneId.of(product.timeZone());
        if (product.productType() == ProductType.TOUR_PACKAGE) {
            return product.endDate().plusDays(1).atStartOfDay(zone).toInstant();
        }
        return product.endDate().atTime(CHECK_OUT).atZone(zone).toInstant();
    }

    /** The refund of a captured payment the booking refused: one per payment. */
    static String refusedPaymentRefundId(String paymentId) {
        return paymentId + "-refund-refused";
    }

    /** The refund of a cancellation: one per booking. */
    static String cancellationRefundId(String bookingId) {
        return bookingId + "-refund-cancel";
    }

    private void endOrAwait(String pendingPaymentId, Instant at) {
        if (pendingPaymentId == null) {
            end();
            return;
        }
        awaitedPaymentId = pendingPaymentId;
        if (paymentWaitDeadlineId == null) {
            paymentWaitDeadlineId = deadlineManager.schedule(at.plus(Duration.ofHours(PAYMENT_WAIT_HOURS)),
                    PAYMENT_WAIT, pendingPaymentId);
        }
    }

    private void cancelHoldExpiry() {
        holdExpiryDeadlineId = cancel(HOLD_EXPIRY, holdExpiryDeadlineId);
    }

    /** Cancels one deadline by its id; returns null, the id to keep. */
    private String cancel(String deadlineName, String deadlineId) {
        if (deadlineId != null) {
            deadlineManager.cancelSchedule(deadlineName, deadlineId);
        }
        return null;
    }

    /** Ends the saga, with every deadline it still has. */
    private void end() {
        cancelHoldExpiry();
        completionDeadlineId = cancel(COMPLETION, completionDeadlineId);
        paymentWaitDeadlineId = cancel(PAYMENT_WAIT, paymentWaitDeadlineId);
        SagaLifecycle.end();
    }
}

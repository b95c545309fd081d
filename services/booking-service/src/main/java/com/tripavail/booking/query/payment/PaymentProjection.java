package com.tripavail.booking.query.payment;

import static com.tripavail.booking.jooq.Tables.PAYMENT_REFUND_VIEW;
import static com.tripavail.booking.jooq.Tables.PAYMENT_VIEW;

import com.tripavail.booking.event.PaymentCapturedEvent;
import com.tripavail.booking.event.PaymentDeclinedEvent;
import com.tripavail.booking.event.PaymentInitiatedEvent;
import com.tripavail.booking.event.PaymentIntentCreatedEvent;
import com.tripavail.booking.event.PaymentRefundRequestedEvent;
import com.tripavail.booking.event.PaymentRefundedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * {@code payment_view} and {@code payment_refund_view}: each payment with its provider, the
 * provider's transaction id, amount and status, and its refunds. Every write sets values taken
 * from the events alone (no clock, no increments), so a redelivered event writes the same row
 * again and a replay rebuilds identical rows. A late intent event (the provider's webhook can
 * beat the intent's own record) does not move a settled payment back to PENDING.
 */
@Component
@ProcessingGroup(PaymentProjection.PROCESSING_GROUP)
public class PaymentProjection {

    public static final String PROCESSING_GROUP = "payments";

    /** A payment's status in the view. */
    public enum Status {
        INITIATED, PENDING, CAPTURED, DECLINED, PARTIALLY_REFUNDED, REFUNDED
    }

    /** A refund's status in the view. */
    public enum RefundStatus {
        REQUESTED, PAID
    }

    private final DSLContext dsl;

    public PaymentProjection(DSLContext dsl) {
        this.dsl = dsl;
    }

    @EventHandler
    void on(PaymentInitiatedEvent event) {
        dsl.insertInto(PAYMENT_VIEW)
                .set(PAYMENT_VIEW.PAYMENT_ID, event.paymentId())
                .set(PAYMENT_VIEW.BOOKING_ID, event.bookingId())
                .set(PAYMENT_VIEW.TRAVELER_ID, event.travelerId())
                .set(PAYMENT_VIEW.PROVIDER_ID, event.providerId())
                .set(PAYMENT_VIEW.PROVIDER, event.provider())
                .set(PAYMENT_VIEW.AMOUNT, event.amount().amount())
                .set(PAYMENT_VIEW.CURRENCY, event.amount().currency())
                .set(PAYMENT_VIEW.STATUS, Status.INITIATED.name())
                .set(PAYMENT_VIEW.INITIATED_AT, utc(event.at()))
                .set(PAYMENT_VIEW.UPDATED_AT, utc(event.at()))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(PaymentIntentCreatedEvent event) {
        dsl.update(PAYMENT_VIEW)
                .set(PAYMENT_VIEW.PROVIDER_TXN_ID, DSL.coalesce(PAYMENT_VIEW.PROVIDER_TXN_ID, event.providerTxnId()))
                .set(PAYMENT_VIEW.STATUS, Status.PENDING.name())
                .set(PAYMENT_VIEW.UPDATED_AT, utc(event.at()))
                .where(PAYMENT_VIEW.PAYMENT_ID.eq(event.paymentId()))
                .and(PAYMENT_VIEW.STATUS.eq(Status.INITIATED.name()))
                .execute();
    }

    @EventHandler
    void on(PaymentCapturedEvent event) {
        dsl.update(PAYMENT_VIEW)
                .set(PAYMENT_VIEW.PROVIDER_TXN_ID, event.providerTxnId())
                .set(PAYMENT_VIEW.STATUS, Status.CAPTURED.name())
                .set(PAYMENT_VIEW.FAILURE_REASON, (String) null)
                .set(PAYMENT_VIEW.UPDATED_AT, utc(event.at()))
                .where(PAYMENT_VIEW.PAYMENT_ID.eq(event.paymentId()))
                .and(PAYMENT_VIEW.STATUS.in(Status.INITIATED.name(), Status.PENDING.name(), Status.DECLINED.name()))
                .execute();
    }

    @EventHandler
    void on(PaymentDeclinedEvent event) {
        dsl.update(PAYMENT_VIEW)
                .set(PAYMENT_VIEW.PROVIDER_TXN_ID, event.providerTxnId())
                .set(PAYMENT_VIEW.STATUS, Status.DECLINED.name())
                .set(PAYMENT_VIEW.FAILURE_REASON, event.reason())
                .set(PAYMENT_VIEW.UPDATED_AT, utc(event.at()))
                .where(PAYMENT_VIEW.PAYMENT_ID.eq(event.paymentId()))
                .and(PAYMENT_VIEW.STATUS.in(Status.INITIATED.name(), Status.PENDING.name()))
                .execute();
    }

    @EventHandler
    void on(PaymentRefundRequestedEvent event) {
        dsl.insertInto(PAYMENT_REFUND_VIEW)
                .set(PAYMENT_REFUND_VIEW.REFUND_ID, event.refundId())
                .set(PAYMENT_REFUND_VIEW.PAYMENT_ID, event.paymentId())
                .set(PAYMENT_REFUND_VIEW.BOOKING_ID, event.bookingId())
                .set(PAYMENT_REFUND_VIEW.AMOUNT, event.refund().amount().amount())
                .set(PAYMENT_REFUND_VIEW.CURRENCY, event.refund().amount().currency())
                .set(PAYMENT_REFUND_VIEW.REASON, event.reason())
                .set(PAYMENT_REFUND_VIEW.STATUS, RefundStatus.REQUESTED.name())
                .set(PAYMENT_REFUND_VIEW.REQUESTED_AT, utc(event.at()))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(PaymentRefundedEvent event) {
        dsl.update(PAYMENT_REFUND_VIEW)
                .set(PAYMENT_REFUND_VIEW.STATUS, RefundStatus.PAID.name())
                .set(PAYMENT_REFUND_VIEW.PAID_AT, utc(event.at()))
                .where(PAYMENT_REFUND_VIEW.REFUND_ID.eq(event.refundId()))
                .execute();
        BigDecimal paid = dsl.select(DSL.coalesce(DSL.sum(PAYMENT_REFUND_VIEW.AMOUNT), BigDecimal.ZERO))
                .from(PAYMENT_REFUND_VIEW)
                .where(PAYMENT_REFUND_VIEW.PAYMENT_ID.eq(event.paymentId()))
                .and(PAYMENT_REFUND_VIEW.STATUS.eq(RefundStatus.PAID.name()))
                .fetchSingle().value1();
        dsl.update(PAYMENT_VIEW)
                .set(PAYMENT_VIEW.STATUS, DSL.when(PAYMENT_VIEW.AMOUNT.le(paid), Status.REFUNDED.name())
                        .otherwise(Status.PARTIALLY_REFUNDED.name()))
                .set(PAYMENT_VIEW.UPDATED_AT, utc(event.at()))
                .where(PAYMENT_VIEW.PAYMENT_ID.eq(event.paymentId()))
                .execute();
    }

    @ResetHandler
    void reset() {
        dsl.deleteFrom(PAYMENT_REFUND_VIEW).execute();
        dsl.deleteFrom(PAYMENT_VIEW).execute();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

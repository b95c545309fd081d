package com.tripavail.booking.query.payment;

import static com.tripavail.booking.jooq.Tables.PAYMENT_REFUND_VIEW;
import static com.tripavail.booking.jooq.Tables.PAYMENT_VIEW;

import com.tripavail.booking.jooq.tables.records.PaymentRefundViewRecord;
import com.tripavail.booking.jooq.tables.records.PaymentViewRecord;
import com.tripavail.contracts.Money;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Reads of the payment records. */
@Component
public class PaymentQueries {

    /** A payment: {@code provider} is the payment provider, {@code providerId} the marketplace provider paid. */
    public record PaymentView(String paymentId, String bookingId, String travelerId, String providerId,
                              String provider, String providerTxnId, Money amount, String status,
                              String failureReason, Money refunded, Instant initiatedAt, Instant updatedAt,
                              List<RefundView> refunds) {
    }

    public record RefundView(String refundId, Money amount, String reason, String status, Instant requestedAt,
                             Instant paidAt) {
    }

    private final DSLContext dsl;

    public PaymentQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The payments of a booking (all when {@code bookingId} is null), newest first, at most {@code limit}. */
    public List<PaymentView> payments(String bookingId, int limit) {
        Condition filter = bookingId == null ? DSL.noCondition() : PAYMENT_VIEW.BOOKING_ID.eq(bookingId);
        List<PaymentViewRecord> payments = dsl.selectFrom(PAYMENT_VIEW)
                .where(filter)
                .orderBy(PAYMENT_VIEW.INITIATED_AT.desc(), PAYMENT_VIEW.PAYMENT_ID)
                .limit(limit)
                .fetch();
        Map<String, List<PaymentRefundViewRecord>> refunds = dsl.selectFrom(PAYMENT_REFUND_VIEW)
                .where(PAYMENT_REFUND_VIEW.PAYMENT_ID.in(
                        payments.stream().map(PaymentViewRecord::getPaymentId).toList()))
                .orderBy(PAYMENT_REFUND_VIEW.REQUESTED_AT, PAYMENT_REFUND_VIEW.REFUND_ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(PaymentRefundViewRecord::getPaymentId));
        return payments.stream().map(payment -> view(payment, refunds.getOrDefault(payment.getPaymentId(), List.of())))
                .toList();
    }

    private static PaymentView view(PaymentViewRecord payment, List<PaymentRefundViewRecord> refunds) {
        Money refunded = refunds.stream()
                .filter(refund -> PaymentProjection.RefundStatus.PAID.name().equals(refund.getStatus()))
                .map(refund -> new Money(refund.getAmount(), refund.getCurrency()))
                .reduce(Money.zero(payment.getCurrency()), Money::plus);
        return new PaymentView(payment.getPaymentId(), payment.getBookingId(), payment.getTravelerId(),
                payment.getProviderId(), payment.getProvider(), payment.getProviderTxnId(),
                new Money(payment.getAmount(), payment.getCurrency()), payment.getStatus(), payment.getFailureReason(),
                refunded, instant(payment.getInitiatedAt()), instant(payment.getUpdatedAt()),
                refunds.stream().map(refund -> new RefundView(refund.getRefundId(),
                        new Money(refund.getAmount(), refund.getCurrency()), refund.getReason(), refund.getStatus(),
                        instant(refund.getRequestedAt()), instant(refund.getPaidAt()))).toList());
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}

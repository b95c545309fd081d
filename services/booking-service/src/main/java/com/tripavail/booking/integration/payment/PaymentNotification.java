package com.tripavail.booking.integration.payment;

import com.tripavail.contracts.Money;
import java.time.Instant;

/**
 * What a verified webhook tells the service, in the provider's own words translated. {@code eventId}
 * is the provider's id of the event (the same on every redelivery); {@code at} when it happened.
 */
public sealed interface PaymentNotification {

    String eventId();

    Instant at();

    /** The charge succeeded: the money is taken. */
    record PaymentSucceeded(String eventId, String paymentId, String bookingId, String providerTxnId, Money amount,
                            Instant at) implements PaymentNotification {
    }

    /** The charge failed (the card was declined); nothing was taken. */
    record PaymentFailed(String eventId, String paymentId, String bookingId, String providerTxnId, String reason,
                         Instant at) implements PaymentNotification {
    }

    /** A refund was paid out. */
    record RefundSucceeded(String eventId, String paymentId, String bookingId, String providerTxnId, String refundId,
                           Money amount, Instant at) implements PaymentNotification {
    }

    /** An event type the service does not act on (providers send many); acknowledged and ignored. */
    record Unhandled(String eventId, String type, Instant at) implements PaymentNotification {
    }
}

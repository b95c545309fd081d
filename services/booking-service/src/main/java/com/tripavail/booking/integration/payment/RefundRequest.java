package com.tripavail.booking.integration.payment;

import com.tripavail.contracts.Money;
import java.util.Objects;

/**
 * Pay {@code amount} back on the charge {@code providerTxnId}. {@code refundId} is the idempotency
 * key; {@code paymentId} and {@code bookingId} come back in the provider's webhook.
 */
public record RefundRequest(String refundId, String paymentId, String bookingId, String providerTxnId, Money amount) {

    public RefundRequest {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(providerTxnId, "providerTxnId");
        Objects.requireNonNull(amount, "amount");
    }
}

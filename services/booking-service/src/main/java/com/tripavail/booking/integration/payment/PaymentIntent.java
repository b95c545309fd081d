package com.tripavail.booking.integration.payment;

import com.tripavail.contracts.Money;

/**
 * The provider's record of a charge. {@code providerTxnId} is the provider's own id for it
 * ({@code pi_…}); refunds name the charge by it.
 */
public record PaymentIntent(String provider, String paymentId, String providerTxnId, Money amount, Status status) {

    public enum Status {
        /** Accepted; the outcome comes by webhook. */
        PROCESSING,
        SUCCEEDED,
        FAILED
    }
}

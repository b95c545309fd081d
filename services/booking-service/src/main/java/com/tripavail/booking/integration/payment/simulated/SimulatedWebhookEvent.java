package com.tripavail.booking.integration.payment.simulated;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * The JSON body of the simulated provider's webhooks, shaped like a card processor's event:
 * {@code {id, type, created, data: {...}}}. {@code created} is in Unix seconds.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SimulatedWebhookEvent(String id, String type, Long created, Data data) {

    static final String PAYMENT_SUCCEEDED = "payment_intent.succeeded";
    static final String PAYMENT_FAILED = "payment_intent.payment_failed";
    static final String REFUND_SUCCEEDED = "refund.succeeded";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Data(String paymentId, String bookingId, String providerTxnId, String refundId, BigDecimal amount,
                String currency, String failureReason) {
    }
}

package com.tripavail.booking.integration.payment;

import java.util.function.Function;

/**
 * The port every payment provider adapter implements (the simulated provider here; a Stripe or
 * Razorpay adapter the same way). Modelled on card processors' payment intents: the intent is
 * accepted at once and its outcome arrives later through a signed webhook, which the adapter
 * itself verifies and reads because only it knows the provider's signature scheme and event format.
 *
 * <p>Every call is idempotent by the caller's key ({@code paymentId}, {@code refundId}): a retry
 * after a timeout returns the same intent or does nothing, never charges or refunds twice.
 * Provider errors are {@link PaymentProviderException}s: {@link PaymentRequestRefusedException}
 * (the provider will never accept this request: an invalid card number, say) or
 * {@link PaymentProviderUnavailableException} (try again later).
 */
public interface PaymentGateway {

    /** The provider's name, as in {@code /api/payments/webhooks/{provider}} and in payment records. */
    String provider();

    /** Ask the provider to charge the card; the outcome comes by webhook. */
    PaymentIntent createIntent(CreateIntentRequest request);

    /** Ask the provider to pay money back on a succeeded intent; its completion comes by webhook. */
    void refund(RefundRequest request);

    /**
     * Check a webhook's signature over its raw body and read it. {@code headers} looks a request
     * header up by name (case-insensitive), null when absent.
     */
    WebhookVerification verifyWebhook(Function<String, String> headers, byte[] rawBody);
}

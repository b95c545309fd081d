package com.tripavail.booking.integration.payment;

/** The result of checking a webhook: the notification it carries, or why it is refused. */
public sealed interface WebhookVerification {

    record Verified(PaymentNotification notification) implements WebhookVerification {
    }

    record Refused(WebhookRefusal reason, String detail) implements WebhookVerification {
    }

    static WebhookVerification refused(WebhookRefusal reason, String detail) {
        return new Refused(reason, detail);
    }
}

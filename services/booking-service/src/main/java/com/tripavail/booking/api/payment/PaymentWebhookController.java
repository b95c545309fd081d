package com.tripavail.booking.api.payment;

import com.tripavail.booking.integration.payment.PaymentGateway;
import com.tripavail.booking.integration.payment.PaymentGateways;
import com.tripavail.booking.integration.payment.PaymentWebhookInbox;
import com.tripavail.booking.integration.payment.WebhookVerification;
import com.tripavail.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where payment providers report outcomes. Unauthenticated (a public path): the provider's
 * signature over the raw body is the authentication, checked before anything is read. A refused
 * signature is a problem (400 when the header is missing or malformed or the event unreadable, 401
 * when it does not match or is too old) and changes nothing; an unknown provider is 404. Anything
 * verified is answered 200, duplicates and unknown payments included, so the provider stops
 * retrying; a 5xx (the command failed) makes it retry.
 */
@RestController
@RequestMapping("/api/payments/webhooks")
public class PaymentWebhookController {

    /** The acknowledgement: the provider's event id and what became of it. */
    public record WebhookAcknowledgement(String eventId, PaymentWebhookInbox.Receipt receipt) {
    }

    private static final Logger log = LoggerFactory.getLogger(PaymentWebhookController.class);

    private final PaymentGateways gateways;
    private final PaymentWebhookInbox inbox;

    public PaymentWebhookController(PaymentGateways gateways, PaymentWebhookInbox inbox) {
        this.gateways = gateways;
        this.inbox = inbox;
    }

    @Operation(summary = "A payment provider's signed event (payment succeeded or failed, refund paid)")
    @PostMapping("/{provider}")
    public WebhookAcknowledgement receive(@PathVariable String provider,
                                          @RequestHeader HttpHeaders headers,
                                          @RequestBody(required = false) byte[] rawBody) {
        PaymentGateway gateway = gateways.find(provider)
                .orElseThrow(() -> new NotFoundException("No payment provider " + provider + " is configured."));
        WebhookVerification verification = gateway.verifyWebhook(headers::getFirst,
                rawBody == null ? new byte[0] : rawBody);
        return switch (verification) {
            case WebhookVerification.Refused refused -> {
                log.warn("{} webhook refused: {}", provider, refused.reason());
                throw new WebhookRefusedException(refused.reason(), refused.detail());
            }
            case WebhookVerification.Verified verified -> new WebhookAcknowledgement(
                    verified.notification().eventId(), inbox.receive(provider, verified.notification()));
        };
    }
}

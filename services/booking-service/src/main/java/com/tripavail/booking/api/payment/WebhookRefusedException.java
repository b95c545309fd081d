package com.tripavail.booking.api.payment;

import com.tripavail.booking.integration.payment.WebhookRefusal;
import com.tripavail.platform.web.PlatformException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A webhook that is not believed: 400 when it cannot even be checked (no or malformed signature
 * header, unreadable event), 401 when its signature is wrong or too old.
 */
class WebhookRefusedException extends PlatformException {

    private final WebhookRefusal reason;

    WebhookRefusedException(WebhookRefusal reason, String detail) {
        super(statusOf(reason), "webhook-" + reason.name().toLowerCase().replace('_', '-'), detail);
        this.reason = reason;
    }

    private static HttpStatus statusOf(WebhookRefusal reason) {
        return switch (reason) {
            case MISSING_SIGNATURE, MALFORMED_SIGNATURE, MALFORMED_EVENT -> HttpStatus.BAD_REQUEST;
            case WRONG_SIGNATURE, STALE_TIMESTAMP -> HttpStatus.UNAUTHORIZED;
        };
    }

    @Override
    public String title() {
        return "Webhook refused";
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("reason", reason.name());
    }
}

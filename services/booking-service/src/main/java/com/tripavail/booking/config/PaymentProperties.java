package com.tripavail.booking.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of payments.
 *
 * @param defaultProvider  the provider new payments go to
 * @param webhookTolerance how far a webhook's signed timestamp may be from now (replay protection)
 * @param providers        settings per provider
 */
@ConfigurationProperties("tripavail.booking.payments")
public record PaymentProperties(@DefaultValue("simulated") String defaultProvider,
                                @DefaultValue("5m") Duration webhookTolerance,
                                @DefaultValue Providers providers) {

    public record Providers(@DefaultValue Simulated simulated) {
    }

    /**
     * The built-in simulated provider.
     *
     * @param enabled             offer it (every environment but a real production one)
     * @param account             the merchant account at the provider: its webhooks go to this service
     * @param webhookSecret       the HMAC secret its webhooks are signed with (the default is for local runs only)
     * @param callbackBaseUrl     where the service listens, e.g. {@code http://127.0.0.1:8083}; when unset, this
     *                            service's own web server on 127.0.0.1, found once it has started
     * @param webhookDelay        how long after a request its webhook is sent (0 for benchmarks)
     * @param deliveryAttempts    attempts per webhook before the provider gives up on it
     * @param retryBackoff        the wait before the second attempt; doubled before each later one
     * @param sweepInterval       how often webhooks that are due (after a restart, say) are looked for
     * @param requestTimeout      how long one delivery attempt may take
     * @param duplicateDeliveries deliver every webhook twice, as providers sometimes do (to show it is harmless)
     */
    public record Simulated(@DefaultValue("true") boolean enabled,
                            @DefaultValue("tripavail") String account,
                            @DefaultValue("whsec_tripavail_local_simulated") String webhookSecret,
                            URI callbackBaseUrl,
                            @DefaultValue("200ms") Duration webhookDelay,
                            @DefaultValue("5") int deliveryAttempts,
                            @DefaultValue("500ms") Duration retryBackoff,
                            @DefaultValue("2s") Duration sweepInterval,
                            @DefaultValue("10s") Duration requestTimeout,
                            @DefaultValue("false") boolean duplicateDeliveries) {
    }
}

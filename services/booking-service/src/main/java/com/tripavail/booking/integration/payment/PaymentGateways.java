package com.tripavail.booking.integration.payment;

import com.tripavail.booking.config.PaymentProperties;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The payment provider adapters this service has, by name. */
@Component
public class PaymentGateways {

    private final Map<String, PaymentGateway> byProvider;
    private final String defaultProvider;

    public PaymentGateways(ObjectProvider<PaymentGateway> gateways, PaymentProperties properties) {
        this.byProvider = gateways.orderedStream().collect(Collectors.toUnmodifiableMap(PaymentGateway::provider,
                Function.identity()));
        this.defaultProvider = properties.defaultProvider();
        if (!byProvider.isEmpty() && !byProvider.containsKey(defaultProvider)) {
            throw new IllegalStateException("tripavail.booking.payments.default-provider is " + defaultProvider
                    + " but the providers are " + byProvider.keySet());
        }
    }

    public Optional<PaymentGateway> find(String provider) {
        return Optional.ofNullable(provider == null ? null : byProvider.get(provider));
    }

    /** The adapter of a provider that payments were made with: its absence is a configuration error. */
    public PaymentGateway gateway(String provider) {
        return find(provider).orElseThrow(() -> new IllegalStateException("no payment provider " + provider
                + " is configured; the providers are " + byProvider.keySet()));
    }

    /** The provider new payments go to. */
    public String defaultProvider() {
        return defaultProvider;
    }

    public Set<String> providers() {
        return byProvider.keySet();
    }
}

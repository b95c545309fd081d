package com.tripavail.booking.integration.onboarding;

import com.tripavail.booking.query.catalog.BookableCatalogue;
import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Topics;
import com.tripavail.contracts.onboarding.ProviderRegistered;
import com.tripavail.platform.kafka.IntegrationEventConsumer;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Which user stands behind a provider id: providers see and cancel their products' bookings. */
@Component
public class ProviderAccounts implements IntegrationEventConsumer {

    private static final Set<String> ACCEPTED = Set.of("onboarding.ProviderRegistered");

    private static final String REGISTERED = ContractJson.contractOf(ProviderRegistered.class).type();

    private final BookableCatalogue catalogue;

    public ProviderAccounts(BookableCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String name() {
        return "provider-accounts";
    }

    @Override
    public Collection<String> topics() {
        return List.of(Topics.ONBOARDING_EVENTS);
    }

    @Override
    public boolean accepts(String type) {
        return ACCEPTED.contains(type);
    }

    @Override
    public void handle(EventEnvelope envelope) {
        if (envelope.type().equals(REGISTERED)) {
            catalogue.providerRegistered(ContractJson.payload(envelope, ProviderRegistered.class));
        }
    }
}

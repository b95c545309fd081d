package com.tripavail.inventory.integration.onboarding;

import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Topics;
import com.tripavail.contracts.onboarding.ProviderRegistered;
import com.tripavail.contracts.onboarding.ProviderVerificationChanged;
import com.tripavail.inventory.command.catalog.CatalogCommands;
import com.tripavail.inventory.command.catalog.ProviderStandings;
import com.tripavail.platform.kafka.IntegrationEventConsumer;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps each provider's verification status from {@code tripavail.onboarding.events}
 * (publishing needs APPROVED). A SUSPENDED provider's published products are paused in the
 * same transaction; reinstatement republishes nothing. The platform skips redelivered
 * envelopes; a change older than the kept one is ignored.
 */
@Component
public class ProviderStandingConsumer implements IntegrationEventConsumer {

    private static final Set<String> ACCEPTED = Set.of("onboarding.ProviderRegistered", "onboarding.ProviderVerificationChanged");

    private static final Logger log = LoggerFactory.getLogger(ProviderStandingConsumer.class);
    static final String SUSPENDED = "SUSPENDED";

    private final ProviderStandings standings;
    private final CatalogCommands catalog;

    public ProviderStandingConsumer(ProviderStandings standings, CatalogCommands catalog) {
        this.standings = standings;
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "provider-standing";
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
        if (envelope.type().equals(ContractJson.contractOf(ProviderRegistered.class).type())) {
            ProviderRegistered e = ContractJson.payload(envelope, ProviderRegistered.class);
            standings.registered(e.providerId(), e.userId(), e.providerType(), e.businessName(), e.at());
        } else if (envelope.type().equals(ContractJson.contractOf(ProviderVerificationChanged.class).type())) {
            ProviderVerificationChanged e = ContractJson.payload(envelope, ProviderVerificationChanged.class);
            boolean newer = standings.statusChanged(e.providerId(), e.userId(), e.providerType(), e.status(), e.at());
            if (newer && SUSPENDED.equals(e.status())) {
                int paused = catalog.pauseEverythingOf(e.providerId(), e.at());
                log.info("provider {} suspended: {} published product(s) paused", e.providerId(), paused);
            }
        }
    }
}

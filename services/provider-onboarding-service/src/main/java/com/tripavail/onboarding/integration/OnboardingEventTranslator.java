package com.tripavail.onboarding.integration;

import com.tripavail.contracts.onboarding.ProviderRegistered;
import com.tripavail.contracts.onboarding.ProviderVerificationChanged;
import com.tripavail.onboarding.event.ProviderRegisteredEvent;
import com.tripavail.onboarding.event.VerificationStatusChange;
import com.tripavail.platform.kafka.PublicEventTranslator;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the onboarding context publishes on {@code tripavail.onboarding.events}. User events
 * and checklist details stay private: they hold personal data no other context needs.
 */
@Component
public class OnboardingEventTranslator implements PublicEventTranslator {

    @Override
    public Optional<Object> translate(Object domainEvent) {
        return switch (domainEvent) {
            case ProviderRegisteredEvent e -> Optional.of(new ProviderRegistered(e.providerId(), e.userId(),
                    e.providerType().name(), e.businessName(), e.city(), e.country(), e.at()));
            case VerificationStatusChange e -> Optional.of(new ProviderVerificationChanged(e.providerId(), e.userId(),
                    e.providerType().name(), e.status().name(),
                    e.previousStatus() == null ? null : e.previousStatus().name(), e.reason(), e.at()));
            default -> Optional.empty();
        };
    }
}

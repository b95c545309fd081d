package com.tripavail.onboarding.event;

import java.time.Instant;

/** The first checklist step was completed, or a rejected provider started correcting it. */
public record ProviderOnboardingStartedEvent(String providerId, String userId, ProviderType providerType,
        VerificationStatus previousStatus, Instant at) implements VerificationStatusChange {

    @Override
    public VerificationStatus status() {
        return VerificationStatus.IN_PROGRESS;
    }
}

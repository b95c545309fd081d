package com.tripavail.onboarding.event;

import java.time.Instant;

/** The provider submitted a complete checklist for verification. */
public record ProviderSubmittedForVerificationEvent(String providerId, String userId, ProviderType providerType,
        VerificationStatus previousStatus, Instant at) implements VerificationStatusChange {

    @Override
    public VerificationStatus status() {
        return VerificationStatus.SUBMITTED;
    }
}

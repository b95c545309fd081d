package com.tripavail.onboarding.event;

import java.time.Instant;

/** An admin suspended an approved provider; their published products pause. */
public record ProviderSuspendedEvent(String providerId, String userId, ProviderType providerType,
        VerificationStatus previousStatus, String adminId, String reason, Instant at) implements VerificationStatusChange {

    @Override
    public VerificationStatus status() {
        return VerificationStatus.SUSPENDED;
    }
}

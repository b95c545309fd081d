package com.tripavail.onboarding.event;

import java.time.Instant;

/** An admin approved the provider: they may publish products. */
public record ProviderApprovedEvent(String providerId, String userId, ProviderType providerType,
        VerificationStatus previousStatus, String adminId, Instant at) implements VerificationStatusChange {

    @Override
    public VerificationStatus status() {
        return VerificationStatus.APPROVED;
    }
}

package com.tripavail.onboarding.event;

import java.time.Instant;

/** An admin lifted a suspension. */
public record ProviderReinstatedEvent(String providerId, String userId, ProviderType providerType,
        VerificationStatus previousStatus, String adminId, Instant at) implements VerificationStatusChange {

    @Override
    public VerificationStatus status() {
        return VerificationStatus.APPROVED;
    }
}

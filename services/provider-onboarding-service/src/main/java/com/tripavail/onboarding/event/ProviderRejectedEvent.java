package com.tripavail.onboarding.event;

import java.time.Instant;

/** An admin rejected the submission with a reason; the provider may correct and resubmit. */
public record ProviderRejectedEvent(String providerId, String userId, ProviderType providerType,
        VerificationStatus previousStatus, String adminId, String reason, Instant at) implements VerificationStatusChange {

    @Override
    public VerificationStatus status() {
        return VerificationStatus.REJECTED;
    }
}

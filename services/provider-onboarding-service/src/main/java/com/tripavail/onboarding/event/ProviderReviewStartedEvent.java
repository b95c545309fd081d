package com.tripavail.onboarding.event;

import java.time.Instant;

/** An admin took the submission into review. */
public record ProviderReviewStartedEvent(String providerId, String userId, ProviderType providerType,
        VerificationStatus previousStatus, String adminId, Instant at) implements VerificationStatusChange {

    @Override
    public VerificationStatus status() {
        return VerificationStatus.UNDER_REVIEW;
    }
}

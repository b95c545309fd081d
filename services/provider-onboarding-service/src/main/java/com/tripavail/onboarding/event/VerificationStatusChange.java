package com.tripavail.onboarding.event;

import java.time.Instant;

/**
 * Implemented by every event that moves a provider's verification status; the Kafka
 * translation publishes each as {@code ProviderVerificationChanged}.
 */
public interface VerificationStatusChange {

    String providerId();

    String userId();

    ProviderType providerType();

    VerificationStatus previousStatus();

    VerificationStatus status();

    /** The admin's reason for a rejection or suspension; null otherwise. */
    default String reason() {
        return null;
    }

    Instant at();
}

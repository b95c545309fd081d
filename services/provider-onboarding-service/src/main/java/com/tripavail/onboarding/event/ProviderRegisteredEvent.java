package com.tripavail.onboarding.event;

import java.time.Instant;

public record ProviderRegisteredEvent(String providerId, String userId, ProviderType providerType, String businessName, String city, String country, Instant at) {
}

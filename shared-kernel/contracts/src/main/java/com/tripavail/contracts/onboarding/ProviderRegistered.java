package com.tripavail.contracts.onboarding;

import com.tripavail.contracts.EventContract;
import java.time.Instant;

/** A user opened a provider profile; carries only what other contexts display. */
@EventContract(type = "onboarding.ProviderRegistered", version = 1)
public record ProviderRegistered(String providerId, String userId, String providerType, String businessName,
                                 String city, String country, Instant at) {
}

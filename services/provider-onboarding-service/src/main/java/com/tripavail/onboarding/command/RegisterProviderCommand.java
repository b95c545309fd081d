package com.tripavail.onboarding.command;

import com.tripavail.onboarding.event.ProviderType;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterProviderCommand(@TargetAggregateIdentifier String providerId, String userId, ProviderType providerType, String businessName, String city, String country, Instant at) {
}

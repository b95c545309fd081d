package com.tripavail.onboarding.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StartProviderReviewCommand(@TargetAggregateIdentifier String providerId, String adminId, Instant at) {
}

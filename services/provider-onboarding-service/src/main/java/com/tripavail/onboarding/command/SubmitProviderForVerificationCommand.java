package com.tripavail.onboarding.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitProviderForVerificationCommand(@TargetAggregateIdentifier String providerId, String actingUserId, Instant at) {
}

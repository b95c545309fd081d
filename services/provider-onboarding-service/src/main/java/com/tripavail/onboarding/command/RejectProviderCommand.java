package com.tripavail.onboarding.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectProviderCommand(@TargetAggregateIdentifier String providerId, String adminId, String reason, Instant at) {
}

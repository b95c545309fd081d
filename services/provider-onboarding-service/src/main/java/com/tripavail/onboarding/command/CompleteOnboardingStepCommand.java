package com.tripavail.onboarding.command;

import com.tripavail.onboarding.event.OnboardingStep;

import java.time.Instant;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CompleteOnboardingStepCommand(@TargetAggregateIdentifier String providerId, String actingUserId, OnboardingStep step, Map<String, String> details, Instant at) {
}

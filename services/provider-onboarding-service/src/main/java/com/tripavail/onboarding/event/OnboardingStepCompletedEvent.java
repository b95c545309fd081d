package com.tripavail.onboarding.event;

import java.time.Instant;
import java.util.Map;

public record OnboardingStepCompletedEvent(String providerId, OnboardingStep step, Map<String, String> details, Instant at) {
}

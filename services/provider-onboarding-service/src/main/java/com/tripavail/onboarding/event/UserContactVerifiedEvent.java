package com.tripavail.onboarding.event;

import java.time.Instant;

public record UserContactVerifiedEvent(String userId, ContactChannel channel, Instant at) {
}

package com.tripavail.onboarding.event;

import com.tripavail.platform.security.Role;
import java.time.Instant;
import java.util.Set;

public record UserRegisteredEvent(String userId, String email, String phone, Set<Role> roles, Instant at) {
}

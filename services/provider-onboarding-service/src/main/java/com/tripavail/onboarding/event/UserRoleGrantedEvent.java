package com.tripavail.onboarding.event;

import com.tripavail.platform.security.Role;
import java.time.Instant;

public record UserRoleGrantedEvent(String userId, Role role, Instant at) {
}

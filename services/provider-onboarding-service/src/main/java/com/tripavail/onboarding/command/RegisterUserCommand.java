package com.tripavail.onboarding.command;

import com.tripavail.platform.security.Role;
import java.time.Instant;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterUserCommand(@TargetAggregateIdentifier String userId, String email, String phone, Set<Role> roles, Instant at) {
}

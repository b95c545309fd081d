package com.tripavail.onboarding.command;

import com.tripavail.platform.security.Role;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record GrantUserRoleCommand(@TargetAggregateIdentifier String userId, Role role, Instant at) {
}

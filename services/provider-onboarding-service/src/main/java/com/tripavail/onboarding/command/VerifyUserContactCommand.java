package com.tripavail.onboarding.command;

import com.tripavail.onboarding.event.ContactChannel;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record VerifyUserContactCommand(@TargetAggregateIdentifier String userId, ContactChannel channel, Instant at) {
}

package com.tripavail.trip.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordReminderSentCommand(@TargetAggregateIdentifier String tripId, int legIndex, Instant at) {
}

package com.tripavail.trip.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The last arrival is due ({@code at}: the arrival it was scheduled for). */
public record CompleteTripCommand(@TargetAggregateIdentifier String tripId, Instant at) {
}

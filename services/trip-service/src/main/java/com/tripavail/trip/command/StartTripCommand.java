package com.tripavail.trip.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The first departure is due ({@code at}: the departure it was scheduled for). */
public record StartTripCommand(@TargetAggregateIdentifier String tripId, Instant at) {
}

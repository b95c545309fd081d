package com.tripavail.trip.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelTripCommand(@TargetAggregateIdentifier String tripId, String requesterId, String reason,
                                Instant at) {
}

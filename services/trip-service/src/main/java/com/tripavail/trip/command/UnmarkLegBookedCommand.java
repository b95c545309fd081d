package com.tripavail.trip.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The traveller's booking of a leg is off (they cancelled it with the platform, say). */
public record UnmarkLegBookedCommand(@TargetAggregateIdentifier String tripId, String requesterId, int legIndex,
                                     Instant at) {
}

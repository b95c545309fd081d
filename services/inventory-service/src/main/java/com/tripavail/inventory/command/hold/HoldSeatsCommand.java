package com.tripavail.inventory.command.hold;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hold {@code seats} seats of a departure, all or nothing. */
public record HoldSeatsCommand(@TargetAggregateIdentifier String departureId, String holdId, String bookingId,
                               String packageId, int seats, int guests, Instant at) {
}

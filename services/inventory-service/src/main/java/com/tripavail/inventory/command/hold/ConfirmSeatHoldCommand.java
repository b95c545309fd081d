package com.tripavail.inventory.command.hold;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Turn a seat hold into a sale. Idempotent by holdId. */
public record ConfirmSeatHoldCommand(@TargetAggregateIdentifier String departureId, String holdId, Instant at) {
}

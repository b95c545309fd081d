package com.tripavail.inventory.command.hold;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a seat hold (or a cancelled sale) back. Idempotent by holdId. */
public record ReleaseSeatHoldCommand(@TargetAggregateIdentifier String departureId, String holdId, String reason,
                                     Instant at) {
}

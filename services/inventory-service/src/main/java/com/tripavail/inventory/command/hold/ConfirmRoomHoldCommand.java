package com.tripavail.inventory.command.hold;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Turn a hold into a sale. Idempotent by holdId. */
public record ConfirmRoomHoldCommand(@TargetAggregateIdentifier String roomTypeId, String holdId, Instant at) {
}

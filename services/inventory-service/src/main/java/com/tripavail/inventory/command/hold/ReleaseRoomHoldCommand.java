package com.tripavail.inventory.command.hold;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a hold (or a cancelled sale) back. Idempotent by holdId. */
public record ReleaseRoomHoldCommand(@TargetAggregateIdentifier String roomTypeId, String holdId, String reason,
                                     Instant at) {
}

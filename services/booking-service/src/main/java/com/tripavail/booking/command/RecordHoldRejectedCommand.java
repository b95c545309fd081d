package com.tripavail.booking.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Inventory refused the hold (inventory.InventoryHoldRejected). */
public record RecordHoldRejectedCommand(@TargetAggregateIdentifier String bookingId, String holdId, String reason,
                                        String detail, Instant at) {
}

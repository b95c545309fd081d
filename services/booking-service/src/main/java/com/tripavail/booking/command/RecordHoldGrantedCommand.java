package com.tripavail.booking.command;

import com.tripavail.booking.event.PriceLine;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Inventory held the product at these prices (inventory.InventoryHeld); the hold lasts until {@code holdExpiresAt}. */
public record RecordHoldGrantedCommand(@TargetAggregateIdentifier String bookingId, String holdId,
                                       List<PriceLine> heldLines, Instant holdExpiresAt, Instant at) {
}

package com.tripavail.contracts.inventory;

import com.tripavail.contracts.EventContract;
import java.time.Instant;

/**
 * Inventory could not hold what was asked; nothing was held.
 *
 * @param reason SOLD_OUT, CLOSED, NOT_PUBLISHED, UNKNOWN_PRODUCT or INVALID_REQUEST
 */
@EventContract(type = "inventory.InventoryHoldRejected", version = 1)
public record InventoryHoldRejected(String holdId, String bookingId, String reason, String detail, Instant at) {
}

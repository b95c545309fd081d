package com.tripavail.contracts.inventory;

import com.tripavail.contracts.EventContract;
import java.time.Instant;

/** A hold was given back; its units are on sale again. */
@EventContract(type = "inventory.InventoryReleased", version = 1)
public record InventoryReleased(String holdId, String bookingId, Instant at) {
}

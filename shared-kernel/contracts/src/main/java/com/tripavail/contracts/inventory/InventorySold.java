package com.tripavail.contracts.inventory;

import com.tripavail.contracts.EventContract;
import java.time.Instant;

/** A hold became a sale. */
@EventContract(type = "inventory.InventorySold", version = 1)
public record InventorySold(String holdId, String bookingId, Instant at) {
}

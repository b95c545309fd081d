package com.tripavail.contracts.inventory;

import com.tripavail.contracts.EventContract;
import com.tripavail.contracts.Money;
import java.time.Instant;
import java.util.List;

/**
 * Inventory held what a booking asked for, all of it. The prices are those in force at
 * the hold; booking takes them as the booking's price.
 *
 * @param prices per night (stays: the nightly price of one room) or one entry for the
 *               departure date (tours: the price of one seat); hotel packages carry the
 *               package's price per person for its first night
 * @param total  units × prices (× guests for per-person packages), in one currency
 */
@EventContract(type = "inventory.InventoryHeld", version = 1)
public record InventoryHeld(String holdId, String bookingId, String productType, String productId,
                            String providerId, int units, List<HeldPrice> prices, Money total, Instant at) {
}

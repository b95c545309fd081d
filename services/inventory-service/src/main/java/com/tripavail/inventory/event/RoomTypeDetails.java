package com.tripavail.inventory.event;

import com.tripavail.contracts.Money;

/** A kind of room in a listing: sleeps {@code capacity}, {@code units} rooms of it, a nightly base price. */
public record RoomTypeDetails(String name, int capacity, String bedConfiguration, Money basePrice, int units) {
}

package com.tripavail.contracts.inventory;

import com.tripavail.contracts.Money;

/** A room type of a {@link ListingChanged}: sleeps {@code capacity}, a nightly base price. */
public record ListedRoomType(String roomTypeId, String name, int capacity, Money basePrice) {
}

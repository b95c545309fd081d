package com.tripavail.inventory.event;

import com.tripavail.contracts.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Nights opened for sale with {@code units} each. {@code price} is the price in force for
 * them; {@code priceOverridden} says whether it is the provider's own (else the base price).
 */
public record RoomNightsOpenedEvent(String roomTypeId, List<LocalDate> nights, int units, Money price,
                                    boolean priceOverridden, Instant at) {
}

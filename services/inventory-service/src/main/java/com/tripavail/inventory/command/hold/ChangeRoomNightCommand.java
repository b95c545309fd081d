package com.tripavail.inventory.command.hold;

import com.tripavail.contracts.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes one open night; a null field is left as it is. {@code price} overrides the base
 * price, {@code clearPrice} returns the night to the base price.
 */
public record ChangeRoomNightCommand(@TargetAggregateIdentifier String roomTypeId, LocalDate night, Integer units,
                                     Money price, boolean clearPrice, Boolean closed, Instant at) {
}

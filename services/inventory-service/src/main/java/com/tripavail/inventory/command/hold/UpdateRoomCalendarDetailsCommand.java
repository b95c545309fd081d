package com.tripavail.inventory.command.hold;

import com.tripavail.contracts.Money;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent when a room type's details change. */
public record UpdateRoomCalendarDetailsCommand(@TargetAggregateIdentifier String roomTypeId, int capacity,
                                               Money basePrice, int defaultUnits, Instant at) {
}

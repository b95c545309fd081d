package com.tripavail.inventory.command.hold;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The calendar's listing was published ({@code saleable}), paused or archived. */
public record ChangeRoomCalendarSaleabilityCommand(@TargetAggregateIdentifier String roomTypeId, boolean saleable,
                                                   Instant at) {
}

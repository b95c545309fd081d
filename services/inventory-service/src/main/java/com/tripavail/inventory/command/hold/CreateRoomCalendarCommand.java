package com.tripavail.inventory.command.hold;

import com.tripavail.contracts.Money;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent when a room type is added: its calendar starts with no night open. */
public record CreateRoomCalendarCommand(@TargetAggregateIdentifier String roomTypeId, String listingId,
                                        String providerId, String timeZone, int capacity, Money basePrice,
                                        int defaultUnits, boolean saleable, Instant at) {
}

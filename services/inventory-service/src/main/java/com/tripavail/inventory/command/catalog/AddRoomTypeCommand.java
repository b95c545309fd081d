package com.tripavail.inventory.command.catalog;

import com.tripavail.inventory.event.RoomTypeDetails;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddRoomTypeCommand(@TargetAggregateIdentifier String listingId, String roomTypeId,
                                 String actingProviderId, RoomTypeDetails details, Instant at) {
}

package com.tripavail.inventory.command.catalog;

import com.tripavail.inventory.event.ListingDetails;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateListingCommand(@TargetAggregateIdentifier String listingId, String providerId,
                                   ListingDetails details, Instant at) {
}

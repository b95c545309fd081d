package com.tripavail.inventory.command.catalog;

import com.tripavail.inventory.event.ListingDetails;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UpdateListingDetailsCommand(@TargetAggregateIdentifier String listingId, String actingProviderId,
                                          ListingDetails details, Instant at) {
}

package com.tripavail.inventory.command.catalog;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ArchiveListingCommand(@TargetAggregateIdentifier String listingId, String actingProviderId, Instant at) {
}

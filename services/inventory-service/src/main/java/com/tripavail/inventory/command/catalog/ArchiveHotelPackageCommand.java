package com.tripavail.inventory.command.catalog;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ArchiveHotelPackageCommand(@TargetAggregateIdentifier String packageId, String actingProviderId,
                                         Instant at) {
}

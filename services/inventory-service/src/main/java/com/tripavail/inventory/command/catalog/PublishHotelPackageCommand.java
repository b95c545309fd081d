package com.tripavail.inventory.command.catalog;

import com.tripavail.inventory.event.ProductStatus;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code providerStatus} and {@code listingStatus} are looked up by the sender. */
public record PublishHotelPackageCommand(@TargetAggregateIdentifier String packageId, String actingProviderId,
                                         String providerStatus, ProductStatus listingStatus, Instant at) {
}

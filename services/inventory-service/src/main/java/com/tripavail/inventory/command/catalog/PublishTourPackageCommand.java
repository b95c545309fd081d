package com.tripavail.inventory.command.catalog;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code providerStatus}: the owner's verification status, looked up by the sender. */
public record PublishTourPackageCommand(@TargetAggregateIdentifier String packageId, String actingProviderId,
                                        String providerStatus, Instant at) {
}

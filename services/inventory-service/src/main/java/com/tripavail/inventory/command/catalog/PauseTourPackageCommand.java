package com.tripavail.inventory.command.catalog;

import com.tripavail.inventory.event.PauseReason;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PauseTourPackageCommand(@TargetAggregateIdentifier String packageId, String actingProviderId,
                                      PauseReason reason, Instant at) {
}

package com.tripavail.inventory.command.hold;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The departure's tour package was published ({@code saleable}), paused or archived. */
public record ChangeDepartureSaleabilityCommand(@TargetAggregateIdentifier String departureId, boolean saleable,
                                                Instant at) {
}

package com.tripavail.inventory.command.catalog;

import com.tripavail.contracts.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code today}: the sender's date from its clock; a departure cannot be scheduled before it. */
public record ScheduleTourDepartureCommand(@TargetAggregateIdentifier String packageId, String departureId,
                                           String actingProviderId, LocalDate departureDate, int seats,
                                           Money pricePerSeat, LocalDate today, Instant at) {
}

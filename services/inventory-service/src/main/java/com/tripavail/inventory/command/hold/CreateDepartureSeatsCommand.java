package com.tripavail.inventory.command.hold;

import com.tripavail.contracts.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent when a tour departure is scheduled. */
public record CreateDepartureSeatsCommand(@TargetAggregateIdentifier String departureId, String packageId,
                                          String providerId, LocalDate departureDate, int seats, Money pricePerSeat,
                                          boolean saleable, Instant at) {
}

package com.tripavail.trip.command;

import com.tripavail.contracts.Money;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The traveller booked a leg elsewhere (or changes what they booked). */
public record MarkLegBookedCommand(@TargetAggregateIdentifier String tripId, String requesterId, int legIndex,
                                   String platform, String bookingReference, Money cost, Instant at) {
}

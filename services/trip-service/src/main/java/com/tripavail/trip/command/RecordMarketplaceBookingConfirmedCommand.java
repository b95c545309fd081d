package com.tripavail.trip.command;

import com.tripavail.contracts.Money;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The booking service confirmed {@code bookingId}, made by {@code travelerId}, at {@code total}. */
public record RecordMarketplaceBookingConfirmedCommand(@TargetAggregateIdentifier String tripId, int legIndex,
                                                       String bookingId, String travelerId, Money total,
                                                       Instant at) {
}

package com.tripavail.trip.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The booking service cancelled {@code bookingId}: a leg booked by it is booked no more. */
public record RecordMarketplaceBookingCancelledCommand(@TargetAggregateIdentifier String tripId, int legIndex,
                                                       String bookingId, Instant at) {
}

package com.tripavail.booking.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The stay or tour has ended: a CONFIRMED booking becomes COMPLETED. */
public record CompleteBookingCommand(@TargetAggregateIdentifier String bookingId, Instant at) {
}

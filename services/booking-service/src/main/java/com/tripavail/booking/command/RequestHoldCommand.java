package com.tripavail.booking.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The traveller (only the booking's own) asks to hold the quoted product. */
public record RequestHoldCommand(@TargetAggregateIdentifier String bookingId, String requesterId, String holdId,
                                 Instant at) {
}

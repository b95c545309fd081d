package com.tripavail.booking.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The hold's deadline passed: expires the booking if it is still unpaid (HOLD or PAYMENT_PENDING). */
public record ExpireHoldCommand(@TargetAggregateIdentifier String bookingId, String holdId, Instant at) {
}

package com.tripavail.booking.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The pending payment was declined: the booking goes back to HOLD. */
public record RecordPaymentFailedCommand(@TargetAggregateIdentifier String bookingId, String paymentId,
                                         String reason, Instant at) {
}

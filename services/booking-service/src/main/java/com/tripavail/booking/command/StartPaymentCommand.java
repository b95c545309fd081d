package com.tripavail.booking.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The booking's traveller starts paying the held price with {@code provider}; refused once the hold has expired. */
public record StartPaymentCommand(@TargetAggregateIdentifier String bookingId, String requesterId, String paymentId,
                                  String provider, Instant at) {
}

package com.tripavail.booking.command;

import com.tripavail.booking.event.CancelledBy;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Cancel a booking: by its guest ({@code requesterId} must be the traveller) or by the provider of
 * the product ({@code requesterId} must be the booking's provider id). {@code today} is the
 * date in the product's time zone, for the cancellation policy.
 */
public record CancelBookingCommand(@TargetAggregateIdentifier String bookingId, CancelledBy by, String requesterId,
                                   String reason, LocalDate today, Instant at) {
}

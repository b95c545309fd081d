package com.tripavail.trip.command;

import com.tripavail.contracts.Money;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * "I booked it" after following a booking link: {@code clickId} names the click (null: the leg's latest).
 * With a {@code bookingReference} the leg is also marked booked, at {@code cost} or, without one, at the
 * offered price for all passengers.
 */
public record MarkConversionCommand(@TargetAggregateIdentifier String tripId, String requesterId, int legIndex,
                                    String clickId, String bookingReference, Money cost, Instant at) {
}

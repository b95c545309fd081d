package com.tripavail.trip.command;

import com.tripavail.contracts.Money;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The traveller booked a STAY leg through the booking service. {@code confirmedTotal} is the booking's
 * total if its confirmation has already arrived (the leg is then booked at once), else null.
 */
public record LinkMarketplaceBookingCommand(@TargetAggregateIdentifier String tripId, String requesterId,
                                            int legIndex, String bookingId, Money confirmedTotal, Instant at) {
}

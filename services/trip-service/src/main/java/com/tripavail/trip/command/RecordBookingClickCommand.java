package com.tripavail.trip.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The traveller follows a leg's booking link; {@code affiliateUrl} is the link with the affiliate parameters. */
public record RecordBookingClickCommand(@TargetAggregateIdentifier String tripId, String requesterId, int legIndex,
                                        String clickId, String affiliateUrl, Instant at) {
}

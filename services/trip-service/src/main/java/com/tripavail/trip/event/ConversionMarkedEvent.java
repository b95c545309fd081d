package com.tripavail.trip.event;

import com.tripavail.contracts.Money;
import java.time.Instant;

/** The traveller said they booked after following the booking link {@code clickId} ({@code cost} if they said). */
public record ConversionMarkedEvent(String tripId, String travelerId, String clickId, int legIndex, String platform,
                                    Money cost, Instant at) {
}

package com.tripavail.contracts.trip;

import com.tripavail.contracts.EventContract;
import com.tripavail.contracts.Money;
import java.time.Instant;

/**
 * The traveller said they booked after following a booking link (analytics: {@code tripavail.trip.analytics}).
 *
 * @param cost what they paid, when they said (null otherwise)
 */
@EventContract(type = "trip.analytics.ConversionMarked", version = 1)
public record ConversionMarked(String clickId, String tripId, String travelerId, int legIndex, String platform,
                               Money cost, Instant at) {
}

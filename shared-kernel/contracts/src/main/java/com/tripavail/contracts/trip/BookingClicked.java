package com.tripavail.contracts.trip;

import com.tripavail.contracts.EventContract;
import java.time.Instant;

/**
 * A traveller followed a trip leg's booking link (analytics: {@code tripavail.trip.analytics}).
 *
 * @param affiliateUrl where the traveller was sent, affiliate parameters included
 */
@EventContract(type = "trip.analytics.BookingClicked", version = 1)
public record BookingClicked(String clickId, String tripId, String travelerId, int legIndex, String mode,
                             String operator, String platform, String affiliateUrl, Instant at) {
}

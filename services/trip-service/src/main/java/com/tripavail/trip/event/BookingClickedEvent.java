package com.tripavail.trip.event;

import java.time.Instant;

/** The traveller followed a leg's booking link; {@code affiliateUrl} is where they were sent. */
public record BookingClickedEvent(String tripId, String travelerId, String clickId, int legIndex, String mode,
                                  String operator, String platform, String affiliateUrl, Instant at) {
}

package com.tripavail.trip.event;

import com.tripavail.contracts.Money;
import java.time.Instant;

/**
 * A leg is booked, or its booking changed ({@code rebooked}: it was booked before). The leg's kind and mode
 * are repeated from the route for those who read this event alone.
 *
 * @param bookingReference     the platform's reference (PNR, ticket or booking number)
 * @param marketplaceBookingId the TripAvail booking behind it (source MARKETPLACE)
 * @param tripStatus           the trip's status after this event
 */
public record LegBookedEvent(String tripId, String travelerId, int legIndex, String legKind, String mode,
                             String platform,
                             String bookingReference, Money cost, BookingSource source, String marketplaceBookingId,
                             boolean rebooked, TripStatus tripStatus, Instant at) {
}

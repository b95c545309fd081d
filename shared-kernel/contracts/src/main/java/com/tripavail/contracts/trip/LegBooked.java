package com.tripavail.contracts.trip;

import com.tripavail.contracts.EventContract;
import com.tripavail.contracts.Money;
import java.time.Instant;

/**
 * A leg of a trip is booked, as it stands after this change (a second mark of the same leg publishes
 * this again with the new platform and cost; the booking reference itself stays in the trip service).
 *
 * @param source               MANUAL (marked by the traveller), CONVERSION (after a booking link) or
 *                             MARKETPLACE (a TripAvail booking was confirmed)
 * @param marketplaceBookingId the booking service's booking (MARKETPLACE only)
 * @param tripStatus           the trip's status after the change
 */
@EventContract(type = "trip.LegBooked", version = 1)
public record LegBooked(String tripId, String travelerId, int legIndex, String kind, String mode, String platform,
                        Money cost, String source, String marketplaceBookingId, String tripStatus, Instant at) {
}

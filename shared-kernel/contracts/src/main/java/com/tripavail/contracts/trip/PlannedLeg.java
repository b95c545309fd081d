package com.tripavail.contracts.trip;

import com.tripavail.contracts.Money;
import java.time.Instant;

/**
 * One leg of a {@link TripPlanned}, as the route offered it.
 *
 * @param kind              TRANSIT, WALK or STAY
 * @param mode              RAIL, BUS, METRO, AIR, … (TRANSIT), WALK or STAY
 * @param pricePerPassenger the offered price per passenger (zero for walks and stays)
 * @param bookingPlatform   where the leg is booked (null for walks)
 * @param city              the city of a STAY leg
 */
public record PlannedLeg(int index, String kind, String mode, String operator, String fromName, String toName,
                         Instant departure, Instant arrival, Money pricePerPassenger, String bookingPlatform,
                         String city) {
}

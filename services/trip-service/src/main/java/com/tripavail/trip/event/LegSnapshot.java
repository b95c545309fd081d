package com.tripavail.trip.event;

import com.tripavail.contracts.Money;
import java.time.Instant;

/**
 * One leg of a {@link RouteSnapshot}.
 *
 * @param kind              TRANSIT (a scheduled vehicle), WALK (between nearby stops) or STAY (nights at a via
 *                          stop, bookable on the marketplace: {@code city} says where)
 * @param mode              RAIL, BUS, METRO, TRAM, FERRY, AIR, … (TRANSIT), WALK or STAY
 * @param pricePerPassenger after the traveller's discount; zero for walks and for stays (priced by the marketplace)
 * @param bookingPlatform   where the leg is booked (an operator's or agent's site; "TripAvail" for stays)
 * @param deepLink          the platform's page for this leg (without affiliate parameters)
 */
public record LegSnapshot(int index, String kind, String mode, String operator, String routeName, String fromStopId,
                          String fromName, String toStopId, String toName, Instant departure, Instant arrival,
                          long durationMinutes, Money pricePerPassenger, String bookingPlatform, String deepLink,
                          String city) {
}

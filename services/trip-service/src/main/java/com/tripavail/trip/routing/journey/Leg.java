package com.tripavail.trip.routing.journey;

import com.tripavail.trip.routing.gtfs.TransitMode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One leg of a journey. Local times are in the time zone of the stop they refer to (what the station clock and
 * the ticket show). For {@link LegKind#WALK} legs {@code mode} is null and operator, route, trip and the
 * operator's site are empty.
 */
public record Leg(
        LegKind kind,
        TransitMode mode,
        String operator,
        String routeName,
        String tripId,
        StopRef from,
        StopRef to,
        Instant departure,
        Instant arrival,
        LocalDateTime localDeparture,
        LocalDateTime localArrival,
        long pricePerPassengerMinor,
        String operatorUrl) {

    /** The same leg at another price per passenger (a traveller's discount). */
    public Leg withPricePerPassengerMinor(long price) {
        return new Leg(kind, mode, operator, routeName, tripId, from, to, departure, arrival, localDeparture,
                localArrival, price, operatorUrl);
    }

    public Duration duration() {
        return Duration.between(departure, arrival);
    }
}

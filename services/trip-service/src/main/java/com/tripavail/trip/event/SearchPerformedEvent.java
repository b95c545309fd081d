package com.tripavail.trip.event;

import com.tripavail.contracts.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A route search was answered (computed or from the cache). Not an aggregate's event: it is applied to the event
 * store only so that the outbox publishes it as {@code trip.analytics.SearchPerformed}.
 *
 * @param origin      the place as resolved (a city, stop or "near …" name)
 * @param routesFound routes offered
 * @param bestDurationMinutes the shortest route's duration, null when none was found
 * @param bestPrice   the cheapest route's total price, null when none was found
 * @param userId      the signed-in traveller, or null
 * @param clientHash  a salted hash of the client's IP address (never the address itself)
 */
public record SearchPerformedEvent(String searchId, String origin, String destination, List<SearchedStop> stops,
                                   LocalDate date, LocalTime time, int passengers, String preference,
                                   String profession, int routesFound, Long bestDurationMinutes, Money bestPrice,
                                   String userId, String clientHash, boolean cached, Instant at) {

    public SearchPerformedEvent {
        stops = List.copyOf(stops);
    }

    public record SearchedStop(String place, int minStayHours, int minStayNights) {
    }
}

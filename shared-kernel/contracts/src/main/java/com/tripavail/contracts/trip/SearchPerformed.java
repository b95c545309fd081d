package com.tripavail.contracts.trip;

import com.tripavail.contracts.EventContract;
import com.tripavail.contracts.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A route search was answered (topic {@code tripavail.trip.analytics}). Carries no IP address: {@code clientHash}
 * is a salted hash that tells repeat searches of one client apart and nothing else.
 *
 * @param origin              the origin as resolved (city, stop or "near …" name)
 * @param stops               via places with their minimum stays
 * @param preference          FASTEST, CHEAPEST or BALANCED
 * @param profession          the traveller's profession for discounts, or null
 * @param bestDurationMinutes the shortest route's duration, null when none was found
 * @param bestPrice           the cheapest route's total, null when none was found
 * @param userId              the signed-in traveller, or null
 * @param cached              answered from the 15-minute result cache
 */
@EventContract(type = "trip.analytics.SearchPerformed", version = 1)
public record SearchPerformed(String searchId, String origin, String destination, List<SearchedStop> stops,
                              LocalDate date, LocalTime time, int passengers, String preference, String profession,
                              int routesFound, Long bestDurationMinutes, Money bestPrice, String userId,
                              String clientHash, boolean cached, Instant at) {

    public record SearchedStop(String place, int minStayHours, int minStayNights) {
    }
}

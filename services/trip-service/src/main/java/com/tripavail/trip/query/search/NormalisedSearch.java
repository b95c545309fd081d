package com.tripavail.trip.query.search;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A search request in the form that decides its result: places as their stop sets, the time to the minute, and the
 * network version (a new import must not answer from an older network's results). Equal requests share a cache key.
 */
public record NormalisedSearch(String origin, String destination, List<Via> stops, LocalDate date, LocalTime time,
                               int passengers, String preference, String profession, String network) {

    public NormalisedSearch {
        stops = List.copyOf(stops);
    }

    public record Via(String place, int minStayHours, int minStayNights) {
    }
}

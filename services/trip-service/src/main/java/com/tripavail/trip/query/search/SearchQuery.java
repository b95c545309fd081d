package com.tripavail.trip.query.search;

import com.tripavail.trip.routing.Preference;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A route search as asked: places as typed, a local departure date and time at the origin. */
public record SearchQuery(PlaceInput origin, PlaceInput destination, List<Via> stops, LocalDate date, LocalTime time,
                          int passengers, Preference preference, Profession profession) {

    public SearchQuery {
        stops = List.copyOf(stops);
    }

    public record Via(PlaceInput place, int minStayHours, int minStayNights) {
    }
}

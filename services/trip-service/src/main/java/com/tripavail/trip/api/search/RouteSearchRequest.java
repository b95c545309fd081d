package com.tripavail.trip.api.search;

import com.tripavail.trip.query.search.Profession;
import com.tripavail.trip.routing.Preference;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/routes/search}. A place ({@code origin}, {@code destination}, {@code stops[].place}) is a stop
 * id ("rail-demo:SBC" or "SBC"), a stop, station or city name ("Agra", "Bangalore"), "lat,lon", or
 * {@code {"lat": …, "lon": …}}.
 *
 * @param time       local departure time at the origin; midnight when absent
 * @param passengers 1–9; 1 when absent
 * @param preference FASTEST, CHEAPEST or BALANCED (when absent)
 * @param profession for concessions, optional
 */
public record RouteSearchRequest(JsonNode origin, JsonNode destination, List<StopRequest> stops, LocalDate date,
                                 LocalTime time, Integer passengers, Preference preference, Profession profession) {

    /** A place on the way, with the least stay there: hours, nights, or both (the later end counts). */
    public record StopRequest(JsonNode place, Integer minStayHours, Integer minStayNights) {
    }
}

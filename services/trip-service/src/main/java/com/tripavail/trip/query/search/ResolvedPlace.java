package com.tripavail.trip.query.search;

import java.util.List;

/**
 * A place resolved to the stops a journey may start, pass or end at.
 *
 * @param input  what the traveller gave
 * @param kind   how it was resolved: STOP (a stop id or stop name), CITY (the gazetteer), COORDINATES, GEOCODED
 *               (the external geocoder found coordinates)
 * @param name   the stop's or city's name
 * @param city   the gazetteer city the place is in, or null
 * @param stops  namespaced stop ids, nearest first
 */
public record ResolvedPlace(String input, String kind, String name, double lat, double lon, String city,
                            List<StopView> stops) {

    public ResolvedPlace {
        stops = List.copyOf(stops);
    }

    public record StopView(String id, String name) {
    }

    public List<String> stopIds() {
        return stops.stream().map(StopView::id).toList();
    }

    /** The same stops mean the same place, whatever the traveller typed (the result cache's key uses it). */
    public String key() {
        return String.join("|", stopIds().stream().sorted().toList());
    }
}

package com.tripavail.trip.query.search;

import java.time.LocalDate;
import java.util.List;

/** What a route search answers: the resolved places, the ranked routes and stays for the nights on the way. */
public record SearchAnswer(String searchId, boolean cached, ResolvedPlace origin, ResolvedPlace destination,
                           List<ResolvedVia> stops, List<StoredRoute> routes, List<CityStays> staySuggestions) {

    public record ResolvedVia(ResolvedPlace place, int minStayHours, int minStayNights) {
    }

    /** Stays offered for via stop {@code stopIndex}, for the nights of the best route. */
    public record CityStays(int stopIndex, String city, LocalDate checkIn, LocalDate checkOut,
                            List<StaySuggestion> suggestions) {
    }
}

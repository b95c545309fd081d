package com.tripavail.trip.query.search;

import java.time.LocalDate;
import java.util.List;

/**
 * Published marketplace stays offered beside a route search for a via place where the traveller stays one night or
 * more. The trip side implements it from the inventory catalogue; without such a bean the search offers none
 * ({@link #NONE}).
 */
public interface StaySuggestions {

    StaySuggestions NONE = (city, checkIn, checkOut) -> List.of();

    List<StaySuggestion> inCity(String city, LocalDate checkIn, LocalDate checkOut);
}

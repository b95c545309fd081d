package com.tripavail.trip.api.search;

import com.tripavail.contracts.Money;
import com.tripavail.trip.event.LegSnapshot;
import com.tripavail.trip.query.search.ResolvedPlace;
import com.tripavail.trip.query.search.SearchAnswer;
import com.tripavail.trip.query.search.StoredRoute;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The answer to a route search: its id (the same for an equal request within 15 minutes: {@code cached}), the
 * places as resolved, the routes ranked by the preference, and marketplace stays for the nights on the way.
 */
public record RouteSearchResponse(String searchId, boolean cached, ResolvedPlace origin, ResolvedPlace destination,
                                  List<SearchAnswer.ResolvedVia> stops, LocalDate date, LocalTime time, int passengers,
                                  String preference, String profession, List<RouteView> routes,
                                  List<SearchAnswer.CityStays> staySuggestions) {

    /**
     * One route. {@code totalPrice} is for all passengers after the profession's discount;
     * {@code totalPriceBeforeDiscount} without it. {@code routeIndex} is what a trip is created from.
     */
    public record RouteView(int routeIndex, Instant departure, Instant arrival, long durationMinutes, int transfers,
                            Money totalPrice, Money totalPriceBeforeDiscount, String discountProfession,
                            List<LegSnapshot> legs) {

        static RouteView of(StoredRoute stored) {
            var route = stored.route();
            return new RouteView(route.routeIndex(), route.departure(), route.arrival(), route.durationMinutes(),
                    route.transfers(), route.totalPrice(), stored.totalPriceBeforeDiscount(),
                    stored.discountProfession(), route.legs());
        }
    }
}

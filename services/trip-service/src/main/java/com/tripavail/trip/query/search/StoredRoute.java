package com.tripavail.trip.query.search;

import com.tripavail.contracts.Money;
import com.tripavail.trip.event.RouteSnapshot;

/**
 * A route of a search result as stored and answered: the snapshot a trip keeps, and what the traveller's
 * discount took off ({@code totalPriceBeforeDiscount} equals the snapshot's total when there is none).
 */
public record StoredRoute(RouteSnapshot route, Money totalPriceBeforeDiscount, String discountProfession) {
}

package com.tripavail.trip.query.search;

import com.tripavail.contracts.Money;

/**
 * A marketplace product to stay in a city.
 *
 * @param productType  STAY (a room type of a listing) or HOTEL_PACKAGE
 * @param productId    what the booking service books (a room type id or a package id)
 * @param listingId    the listing (hotel) it belongs to, if any
 * @param priceFrom    the lowest nightly (or package) price known, or null
 */
public record StaySuggestion(String productType, String productId, String listingId, String name, String city,
                             Money priceFrom) {
}

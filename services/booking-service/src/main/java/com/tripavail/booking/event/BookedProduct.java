package com.tripavail.booking.event;

import java.time.LocalDate;

/**
 * The product a booking is for, as inventory knows it, and its dates.
 *
 * @param productId   the room type (STAY), {@code <packageId>#<roomTypeId>} (HOTEL_PACKAGE) or the tour package
 * @param departureId the tour departure (TOUR_PACKAGE only)
 * @param listingId   the hotel (STAY, HOTEL_PACKAGE), for provider dashboards
 * @param name        what the traveller sees ("Taj View Hotels — Deluxe King")
 * @param startDate   check-in, or the departure date
 * @param endDate     check-out (the morning after the last night), or the tour's last day
 * @param timeZone    IANA zone of the property or tour; dates are dates there
 */
public record BookedProduct(ProductType productType, String productId, String departureId, String listingId,
                            String name, String city, LocalDate startDate, LocalDate endDate, String timeZone) {
}

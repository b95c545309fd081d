package com.tripavail.contracts.booking;

import com.tripavail.contracts.EventContract;
import com.tripavail.contracts.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The booking was paid and is confirmed at {@code total} (its price snapshot, fixed).
 *
 * @param productId   the room type (STAY), {@code <packageId>#<roomTypeId>} (HOTEL_PACKAGE) or the tour package
 * @param departureId the tour departure (TOUR_PACKAGE only)
 * @param startDate   check-in or departure date, in the product's time zone
 * @param endDate     check-out or the tour's last day
 */
@EventContract(type = "booking.BookingConfirmed", version = 1)
public record BookingConfirmed(String bookingId, String holdId, String travelerId, String providerId,
                               String productType, String productId, String departureId, String listingId,
                               String productName, String city, LocalDate startDate, LocalDate endDate, int units,
                               int guests, Money total, Instant at) {
}

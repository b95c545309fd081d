package com.tripavail.trip.integration.booking;

import com.tripavail.contracts.Money;

/**
 * What is known of one marketplace booking: the booking service's word on it (status null until it speaks) and
 * the trip leg it was linked to (null until the traveller links it).
 *
 * @param status CONFIRMED, CANCELLED or null
 */
public record MarketplaceBooking(String bookingId, String travelerId, String status, Money total, String tripId,
                                 Integer legIndex) {

    public static final String CONFIRMED = "CONFIRMED";
    public static final String CANCELLED = "CANCELLED";

    public boolean confirmed() {
        return CONFIRMED.equals(status);
    }

    public boolean cancelled() {
        return CANCELLED.equals(status);
    }

    public boolean linked() {
        return tripId != null;
    }
}

package com.tripavail.trip.query.trip;

import com.tripavail.contracts.Money;
import com.tripavail.trip.event.TripStatus;
import java.time.Instant;
import java.util.List;

/**
 * A trip as its traveller sees it: the route it was made of, its status and each leg's booking state.
 *
 * @param bookableLegs legs that can be booked (all but walks)
 * @param archived     moved to the archive (completed more than six months ago)
 * @param version      the sequence number of the trip's last event shown here
 */
public record TripDetails(String tripId, String travelerId, String name, TripStatus status, String searchId,
                          int routeIndex, String preference, int passengers, String origin, String destination,
                          Instant departure, Instant arrival, long durationMinutes, Money totalPrice, int transfers,
                          int bookableLegs, int bookedLegs, Instant createdAt, Instant updatedAt, Instant startedAt,
                          Instant completedAt, Instant cancelledAt, String cancelReason, boolean archived,
                          long version, List<LegDetails> legs) {

    public TripDetails {
        legs = legs == null ? List.of() : List.copyOf(legs);
    }

    public TripDetails asArchived() {
        return new TripDetails(tripId, travelerId, name, status, searchId, routeIndex, preference, passengers, origin,
                destination, departure, arrival, durationMinutes, totalPrice, transfers, bookableLegs, bookedLegs,
                createdAt, updatedAt, startedAt, completedAt, cancelledAt, cancelReason, true, version, legs);
    }

    /**
     * One leg and what became of it.
     *
     * @param booking              how it was booked, or null
     * @param marketplaceBookingId the TripAvail booking linked to a STAY leg (booked once it is confirmed)
     * @param clicks               booking links of it followed
     */
    public record LegDetails(int index, String kind, String mode, String operator, String routeName,
                             String fromStopId, String fromName, String toStopId, String toName, Instant departure,
                             Instant arrival, long durationMinutes, Money pricePerPassenger, String bookingPlatform,
                             String deepLink, String city, LegBooking booking, String marketplaceBookingId,
                             boolean reminderSent, Instant reminderSentAt, int clicks, Instant lastClickedAt,
                             Instant convertedAt) {
    }

    /** @param source MANUAL, CONVERSION or MARKETPLACE */
    public record LegBooking(String platform, String bookingReference, Money cost, String source,
                             Instant bookedAt) {
    }
}

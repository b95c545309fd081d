package com.tripavail.trip.event;

/** How a leg came to be booked. */
public enum BookingSource {
    /** The traveller marked it booked. */
    MANUAL,
    /** The traveller said they booked it after following its booking link. */
    CONVERSION,
    /** A booking made on the TripAvail marketplace (a stay) was confirmed. */
    MARKETPLACE
}

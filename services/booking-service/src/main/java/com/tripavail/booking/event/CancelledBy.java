package com.tripavail.booking.event;

/** Who cancelled a booking. */
public enum CancelledBy {
    GUEST,
    PROVIDER
}

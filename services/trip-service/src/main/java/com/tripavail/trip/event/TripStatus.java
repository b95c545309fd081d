package com.tripavail.trip.event;

/**
 * Where a trip stands. PLANNED → PARTIALLY_BOOKED → FULLY_BOOKED follow the booked legs (walks are not
 * booked, so they do not count); IN_PROGRESS once the first departure has passed, COMPLETED once the last
 * arrival has; CANCELLED by the traveller at any time before it is completed.
 */
public enum TripStatus {
    PLANNED,
    PARTIALLY_BOOKED,
    FULLY_BOOKED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    /** Still ahead or under way: legs may be booked, links followed, the trip cancelled. */
    public boolean isActive() {
        return this != COMPLETED && this != CANCELLED;
    }
}

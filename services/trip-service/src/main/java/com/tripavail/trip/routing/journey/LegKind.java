package com.tripavail.trip.routing.journey;

public enum LegKind {
    /** Riding a scheduled vehicle. */
    TRANSIT,
    /** Walking between two nearby stops (generated transfer or transfers.txt). */
    WALK
}

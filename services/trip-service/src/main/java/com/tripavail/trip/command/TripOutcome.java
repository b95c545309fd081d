package com.tripavail.trip.command;

import com.tripavail.trip.event.TripStatus;

/**
 * The typed result of a trip command: accepted with the trip's resulting status and version (the
 * sequence number of its last event, which the read model reaches once it has caught up), or refused with a
 * reason. A refusal applies nothing; the REST layer answers 404 (not yours, no such leg), 409 (wrong state)
 * or 422 (invalid).
 */
public sealed interface TripOutcome {

    TripStatus status();

    record Accepted(TripStatus status, long version) implements TripOutcome {
    }

    record Refused(TripRefusal reason, String detail, TripStatus status) implements TripOutcome {
    }
}

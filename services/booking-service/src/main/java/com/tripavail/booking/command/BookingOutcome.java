package com.tripavail.booking.command;

import com.tripavail.booking.event.BookingStatus;

/**
 * The typed result of a booking command: accepted with the booking's resulting status, or refused
 * with a reason and the status that caused it. A refusal applies nothing; the REST layer answers
 * 404 ({@link BookingRefusal#NOT_YOURS}), 409 (wrong state, hold expired) or 422 (invalid).
 */
public sealed interface BookingOutcome {

    BookingStatus status();

    record Accepted(BookingStatus status) implements BookingOutcome {
    }

    record Refused(BookingRefusal reason, String detail, BookingStatus status) implements BookingOutcome {
    }

    static BookingOutcome accepted(BookingStatus status) {
        return new Accepted(status);
    }

    static BookingOutcome refused(BookingRefusal reason, String detail, BookingStatus status) {
        return new Refused(reason, detail, status);
    }
}

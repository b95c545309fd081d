package com.tripavail.booking.api.booking;

import com.tripavail.booking.command.BookingOutcome;
import com.tripavail.platform.web.ConflictException;
import com.tripavail.platform.web.NotFoundException;
import com.tripavail.platform.web.UnprocessableException;

/** Booking outcomes as HTTP: a refusal becomes the problem that says why. */
final class BookingResults {

    private BookingResults() {
    }

    static void requireAccepted(String bookingId, BookingOutcome outcome) {
        if (outcome instanceof BookingOutcome.Refused refused) {
            throw switch (refused.reason()) {
                case NOT_YOURS -> new NotFoundException("no booking " + bookingId);
                case INVALID -> new UnprocessableException(refused.detail());
                case WRONG_STATE, HOLD_EXPIRED -> new ConflictException(refused.detail(), refused.status().name());
            };
        }
    }
}

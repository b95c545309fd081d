package com.tripavail.trip.api.trip;

import com.tripavail.platform.web.ConflictException;
import com.tripavail.platform.web.NotFoundException;
import com.tripavail.platform.web.UnprocessableException;
import com.tripavail.trip.command.TripOutcome;

/** Trip outcomes as HTTP: a refusal becomes the problem that says why. */
final class TripResults {

    private TripResults() {
    }

    static TripOutcome.Accepted requireAccepted(String tripId, TripOutcome outcome) {
        return switch (outcome) {
            case TripOutcome.Accepted accepted -> accepted;
            case TripOutcome.Refused refused -> throw switch (refused.reason()) {
                case NOT_YOURS -> new NotFoundException("no trip " + tripId);
                case NO_SUCH_LEG -> new NotFoundException(refused.detail());
                case INVALID -> new UnprocessableException(refused.detail());
                case WRONG_STATE -> new ConflictException(refused.detail(), refused.status().name());
            };
        };
    }
}

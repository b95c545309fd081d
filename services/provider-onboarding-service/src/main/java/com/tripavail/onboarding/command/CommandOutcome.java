package com.tripavail.onboarding.command;

import com.tripavail.onboarding.event.VerificationStatus;

/**
 * The typed result of a provider command: accepted with the resulting status, or refused
 * with a reason and the status that caused it. The REST layer turns refusals into 404,
 * 409 or 422 problems.
 */
public sealed interface CommandOutcome {

    VerificationStatus status();

    record Accepted(VerificationStatus status) implements CommandOutcome {
    }

    record Refused(Refusal reason, String detail, VerificationStatus status) implements CommandOutcome {
    }

    static CommandOutcome accepted(VerificationStatus status) {
        return new Accepted(status);
    }

    static CommandOutcome refused(Refusal reason, String detail, VerificationStatus status) {
        return new Refused(reason, detail, status);
    }
}

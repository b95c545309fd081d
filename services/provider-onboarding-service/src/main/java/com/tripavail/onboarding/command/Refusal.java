package com.tripavail.onboarding.command;

/** Why a command was refused: an expected outcome, returned to the caller rather than thrown. */
public enum Refusal {
    /** The acting user does not own the profile (shown to them as "not found"). */
    NOT_OWNER,
    /** The command is not allowed in the profile's current status. */
    WRONG_STATE,
    /** Submission before every checklist step is completed. */
    CHECKLIST_INCOMPLETE,
    /** A step's details are missing a required entry. */
    INVALID_DETAILS,
    /** The user already has a profile of this type. */
    ALREADY_REGISTERED
}

package com.tripavail.onboarding.event;

/** A provider profile's verification, as the marketplace seed defines it. */
public enum VerificationStatus {
    NOT_STARTED,
    IN_PROGRESS,
    SUBMITTED,
    UNDER_REVIEW,
    APPROVED,
    REJECTED,
    SUSPENDED;

    /** The provider may still edit the checklist (after a rejection, to fix it and resubmit). */
    public boolean checklistEditable() {
        return this == NOT_STARTED || this == IN_PROGRESS || this == REJECTED;
    }
}

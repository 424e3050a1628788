package org.externship.portal.application.entity;

/** Where an application stands. Which status may follow which, and for whom, is {@code ApplicationWorkflow}'s. */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    INTERVIEW,
    OFFERED,
    ACCEPTED,
    DECLINED,
    WAITLISTED,
    REJECTED,
    WITHDRAWN,
    /** The offer was not accepted within the days it held the seat. */
    LAPSED;

    /** Still in the hospital's hands: submitted and neither offered nor decided. */
    public boolean isInReview() {
        return this == SUBMITTED || this == UNDER_REVIEW || this == INTERVIEW || this == WAITLISTED;
    }

    /**
     * The hospital may open the applicant's clinical passport and documents: while it considers the application
     * (an offer that lapsed may be made again) and once a placement exists; not after a withdrawal, a rejection or a
     * declined offer, and never for a draft.
     */
    public boolean sharesPassport() {
        return isInReview() || this == OFFERED || this == LAPSED || this == ACCEPTED;
    }

    /** Nothing can follow (an accepted placement may still be given up before it starts). */
    public boolean isFinal() {
        return this == DECLINED || this == REJECTED || this == WITHDRAWN;
    }
}

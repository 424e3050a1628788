package org.externship.portal.application.boundary;

import org.externship.portal.application.entity.Actor;
import org.externship.portal.application.entity.Application;
import org.externship.portal.application.entity.ApplicationStatus;

import java.time.Instant;

/**
 * What happened to an application: fired (a CDI event) inside the transaction that moved it, after the move. Other
 * features observe it: during the transaction to keep their own rows in step (a placement follows an acceptance),
 * or after the commit ({@code during = AFTER_SUCCESS}) to tell someone (notifications), so a change that rolls back
 * tells nobody.
 *
 * @param hospitalAlias the hospital the application belongs to (the tenant of its rows)
 * @param previous      the status before the move
 * @param movedBy       who moved it: the student, a coordinator, or the portal
 * @param submitted     the student has submitted it (a draft, withdrawn or not, is the student's alone)
 */
public record ApplicationStatusChanged(long applicationId, String hospitalAlias, ApplicationStatus previous,
                                       ApplicationStatus status, Actor movedBy, Instant at, boolean submitted,
                                       String externshipTitle, String hospitalName, String studentSubject,
                                       String studentName, String studentEmail, Instant offerExpiresAt,
                                       String note) {

    /** {@code note}: what the person who moved it wrote along (null if nothing), e.g. the coordinator's offer. */
    public static ApplicationStatusChanged of(Application moved, ApplicationStatus previous, String hospitalAlias,
                                              Actor movedBy, Instant at, String note) {
        return new ApplicationStatusChanged(moved.id(), hospitalAlias, previous, moved.status(), movedBy, at,
                moved.submittedAt() != null, moved.externshipTitle(), moved.hospitalName(), moved.studentSubject(),
                moved.studentName(), moved.studentEmail(), moved.offerExpiresAt(), note);
    }

    /** An accepted placement given up before it started. */
    public boolean placementGivenUp() {
        return previous == ApplicationStatus.ACCEPTED && status == ApplicationStatus.WITHDRAWN;
    }
}

package org.externship.portal.application.entity;

import org.externship.portal.shared.boundary.NotAllowedException;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.externship.portal.application.entity.ApplicationStatus.ACCEPTED;
import static org.externship.portal.application.entity.ApplicationStatus.DECLINED;
import static org.externship.portal.application.entity.ApplicationStatus.DRAFT;
import static org.externship.portal.application.entity.ApplicationStatus.INTERVIEW;
import static org.externship.portal.application.entity.ApplicationStatus.LAPSED;
import static org.externship.portal.application.entity.ApplicationStatus.OFFERED;
import static org.externship.portal.application.entity.ApplicationStatus.REJECTED;
import static org.externship.portal.application.entity.ApplicationStatus.SUBMITTED;
import static org.externship.portal.application.entity.ApplicationStatus.UNDER_REVIEW;
import static org.externship.portal.application.entity.ApplicationStatus.WAITLISTED;
import static org.externship.portal.application.entity.ApplicationStatus.WITHDRAWN;

/**
 * The application state machine: which status may follow which, and who may make the move. Students submit,
 * withdraw, accept or decline an offer; coordinators review, invite to interview, offer, waitlist or reject; the
 * portal lets an unanswered offer lapse. A student may still withdraw from an accepted placement, but only before it
 * starts (the seat goes back to the hospital); once it has started, leaving is the rotation's business. Declined,
 * rejected and withdrawn are final.
 */
final class ApplicationWorkflow {

    private static final Map<Actor, Map<ApplicationStatus, Set<ApplicationStatus>>> MOVES = Map.of(
            Actor.STUDENT, Map.of(
                    DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
                    SUBMITTED, EnumSet.of(WITHDRAWN),
                    UNDER_REVIEW, EnumSet.of(WITHDRAWN),
                    INTERVIEW, EnumSet.of(WITHDRAWN),
                    WAITLISTED, EnumSet.of(WITHDRAWN),
                    OFFERED, EnumSet.of(ACCEPTED, DECLINED),
                    ACCEPTED, EnumSet.of(WITHDRAWN)),
            Actor.COORDINATOR, Map.of(
                    SUBMITTED, EnumSet.of(UNDER_REVIEW, INTERVIEW, OFFERED, WAITLISTED, REJECTED),
                    UNDER_REVIEW, EnumSet.of(INTERVIEW, OFFERED, WAITLISTED, REJECTED),
                    INTERVIEW, EnumSet.of(OFFERED, WAITLISTED, REJECTED),
                    WAITLISTED, EnumSet.of(UNDER_REVIEW, INTERVIEW, OFFERED, REJECTED),
                    LAPSED, EnumSet.of(OFFERED, WAITLISTED, REJECTED)),
            Actor.PORTAL, Map.of(
                    OFFERED, EnumSet.of(LAPSED)));

    private ApplicationWorkflow() {
    }

    /** The statuses {@code actor} may move an application in {@code current} to; empty when none. */
    public static Set<ApplicationStatus> next(ApplicationStatus current, Actor actor) {
        Set<ApplicationStatus> next = MOVES.get(actor).get(current);
        return next == null ? EnumSet.noneOf(ApplicationStatus.class) : EnumSet.copyOf(next);
    }

    /** The moves {@code actor} may make on {@code today} for an application whose rotation starts on {@code start}. */
    public static Set<ApplicationStatus> next(ApplicationStatus current, Actor actor, LocalDate start,
                                              LocalDate today) {
        Set<ApplicationStatus> next = next(current, actor);
        if (current == ACCEPTED && started(start, today)) {
            next.remove(WITHDRAWN);
        }
        return next;
    }

    public static boolean allows(ApplicationStatus current, ApplicationStatus next, Actor actor) {
        return next(current, actor).contains(next);
    }

    /** Refuses a move the workflow does not allow, naming both statuses. */
    public static void check(ApplicationStatus current, ApplicationStatus next, Actor actor) {
        if (!allows(current, next, actor)) {
            throw new NotAllowedException("application.transition", current, next);
        }
    }

    /** Like {@link #check(ApplicationStatus, ApplicationStatus, Actor)}, and a placement that has started stays. */
    public static void check(ApplicationStatus current, ApplicationStatus next, Actor actor, LocalDate start,
                             LocalDate today) {
        check(current, next, actor);
        if (current == ACCEPTED && next == WITHDRAWN && started(start, today)) {
            throw new NotAllowedException("application.placementStarted");
        }
    }

    private static boolean started(LocalDate start, LocalDate today) {
        return !today.isBefore(start);
    }
}

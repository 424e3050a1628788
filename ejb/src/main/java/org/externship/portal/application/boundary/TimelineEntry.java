package org.externship.portal.application.boundary;

import org.externship.portal.application.entity.Actor;
import org.externship.portal.application.entity.ApplicationEvent;
import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.application.entity.Rearrangement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of an application's timeline: a new status, or a coordinator's change of its placement
 * ({@code rearrangement}, with the dates after it and, when they changed, the supervising attendings' names; none:
 * nobody is named).
 */
public record TimelineEntry(ApplicationStatus status, Actor actor, String actorName, String note, Instant at,
                            Rearrangement rearrangement, LocalDate startDate, LocalDate endDate, String attendings) {

    static TimelineEntry of(ApplicationEvent e) {
        return new TimelineEntry(e.status(), e.actor(), e.actorName(), e.note(), e.occurredAt(), e.rearrangement(),
                e.startDate(), e.endDate(), e.attendings());
    }

    /** A change of the placement, not of the status. */
    public boolean rearranged() {
        return rearrangement != null;
    }

    /** The placement moved to other dates. */
    public boolean datesChanged() {
        return rearranged() && rearrangement.dates();
    }

    /** The placement has other supervising attendings. */
    public boolean attendingsChanged() {
        return rearranged() && rearrangement.attendings();
    }
}

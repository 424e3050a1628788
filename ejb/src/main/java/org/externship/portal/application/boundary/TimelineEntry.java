package org.externship.portal.application.boundary;

import org.externship.portal.application.entity.Actor;
import org.externship.portal.application.entity.ApplicationEvent;
import org.externship.portal.application.entity.ApplicationStatus;

import java.time.Instant;

/** One step of an application's timeline. */
public record TimelineEntry(ApplicationStatus status, Actor actor, String actorName, String note, Instant at) {

    static TimelineEntry of(ApplicationEvent e) {
        return new TimelineEntry(e.status(), e.actor(), e.actorName(), e.note(), e.occurredAt());
    }
}

package org.externship.portal.application.boundary;

import org.externship.portal.application.entity.Actor;
import org.externship.portal.application.entity.Application;
import org.externship.portal.application.entity.ApplicationStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** One application in full: the row, the student's statement, the timeline, and the moves the viewer may make next. */
public record ApplicationDetail(ApplicationSummary summary, String statement, List<TimelineEntry> timeline,
                                Set<ApplicationStatus> nextMoves) {

    public ApplicationDetail {
        timeline = List.copyOf(timeline);
        nextMoves = Set.copyOf(nextMoves);
    }

    /** The application as {@code viewer} sees it, with the moves the workflow allows them next. */
    static ApplicationDetail of(Application application, Actor viewer) {
        return new ApplicationDetail(ApplicationSummary.of(application), application.statement(),
                application.events().stream().map(TimelineEntry::of).toList(),
                application.nextMoves(viewer, LocalDate.now()));
    }
}

package org.externship.portal.application.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.externship.portal.application.boundary.ApplicationDetail;
import org.externship.portal.application.boundary.TimelineEntry;
import org.externship.portal.application.entity.ApplicationStatus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.externship.portal.application.entity.ApplicationStatus.ACCEPTED;
import static org.externship.portal.application.entity.ApplicationStatus.DRAFT;
import static org.externship.portal.application.entity.ApplicationStatus.INTERVIEW;
import static org.externship.portal.application.entity.ApplicationStatus.OFFERED;
import static org.externship.portal.application.entity.ApplicationStatus.SUBMITTED;
import static org.externship.portal.application.entity.ApplicationStatus.UNDER_REVIEW;
import static org.externship.portal.application.entity.ApplicationStatus.WAITLISTED;

/**
 * An application as a stepper ({@code #{applicationStepper.steps(detail)}}, templates/timeline.xhtml): the way to a
 * placement, draft, submitted, in review, offered, accepted, with what is done, where it stands, and what lies ahead.
 * The review step takes the name of what the review became (interview, waiting list). An application that ended
 * off the way (declined, rejected, withdrawn, lapsed) ends the stepper there, in its own colour; both sides see the
 * same, and the timeline below it keeps every step with its date.
 */
@Named
@ApplicationScoped
public class ApplicationStepper {

    /** Where a step stands; the page styles {@code step-done}, {@code step-current}, {@code step-ahead}, {@code step-ended}. */
    public enum State { DONE, CURRENT, AHEAD, ENDED }

    public record Step(ApplicationStatus status, State state) {
        public String styleClass() {
            return "step step-" + state.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Set<ApplicationStatus> REVIEW = EnumSet.of(UNDER_REVIEW, INTERVIEW, WAITLISTED);

    public List<Step> steps(ApplicationDetail detail) {
        return steps(detail.timeline().stream().map(TimelineEntry::status).toList(), detail.summary().status());
    }

    /** {@code history}: the statuses the application went through, oldest first; {@code current}: where it is. */
    static List<Step> steps(List<ApplicationStatus> history, ApplicationStatus current) {
        ApplicationStatus review = history.stream().filter(REVIEW::contains).reduce((a, b) -> b).orElse(UNDER_REVIEW);
        if (REVIEW.contains(current)) {
            review = current;
        }
        List<ApplicationStatus> way = List.of(DRAFT, SUBMITTED, review, OFFERED, ACCEPTED);
        boolean offTheWay = !way.contains(current);
        int reached = -1;
        for (int i = 0; i < way.size(); i++) {
            ApplicationStatus step = way.get(i);
            if (history.contains(step) || step == current) {
                reached = i;
            }
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < way.size(); i++) {
            if (offTheWay && i > reached) {
                break;
            }
            State state = i < reached || (offTheWay && i == reached) ? State.DONE
                    : i == reached ? State.CURRENT : State.AHEAD;
            steps.add(new Step(way.get(i), state));
        }
        if (offTheWay) {
            steps.add(new Step(current, State.ENDED));
        }
        return steps;
    }
}

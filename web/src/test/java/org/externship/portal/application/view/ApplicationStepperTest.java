package org.externship.portal.application.view;

import org.externship.portal.application.entity.ApplicationStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.externship.portal.application.entity.ApplicationStatus.ACCEPTED;
import static org.externship.portal.application.entity.ApplicationStatus.DRAFT;
import static org.externship.portal.application.entity.ApplicationStatus.INTERVIEW;
import static org.externship.portal.application.entity.ApplicationStatus.LAPSED;
import static org.externship.portal.application.entity.ApplicationStatus.OFFERED;
import static org.externship.portal.application.entity.ApplicationStatus.REJECTED;
import static org.externship.portal.application.entity.ApplicationStatus.SUBMITTED;
import static org.externship.portal.application.entity.ApplicationStatus.UNDER_REVIEW;
import static org.externship.portal.application.entity.ApplicationStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ApplicationStepperTest {

    @Test
    void aSubmittedApplicationHasTheWayToAPlacementAhead() {
        assertEquals("DRAFT:DONE SUBMITTED:CURRENT UNDER_REVIEW:AHEAD OFFERED:AHEAD ACCEPTED:AHEAD",
                describe(List.of(DRAFT, SUBMITTED), SUBMITTED));
    }

    @Test
    void theReviewStepIsNamedForWhatTheReviewBecame() {
        assertEquals("DRAFT:DONE SUBMITTED:DONE INTERVIEW:CURRENT OFFERED:AHEAD ACCEPTED:AHEAD",
                describe(List.of(DRAFT, SUBMITTED, UNDER_REVIEW, INTERVIEW), INTERVIEW));
        assertEquals("DRAFT:DONE SUBMITTED:DONE INTERVIEW:DONE OFFERED:CURRENT ACCEPTED:AHEAD",
                describe(List.of(DRAFT, SUBMITTED, INTERVIEW, OFFERED), OFFERED));
    }

    @Test
    void anOfferStraightFromSubmittedMarksTheReviewAsPassed() {
        assertEquals("DRAFT:DONE SUBMITTED:DONE UNDER_REVIEW:DONE OFFERED:DONE ACCEPTED:CURRENT",
                describe(List.of(DRAFT, SUBMITTED, OFFERED, ACCEPTED), ACCEPTED));
    }

    @Test
    void anApplicationThatEndedOffTheWayEndsTheStepperWhereItStopped() {
        assertEquals("DRAFT:DONE SUBMITTED:DONE REJECTED:ENDED",
                describe(List.of(DRAFT, SUBMITTED, REJECTED), REJECTED));
        assertEquals("DRAFT:DONE SUBMITTED:DONE UNDER_REVIEW:DONE OFFERED:DONE ACCEPTED:DONE WITHDRAWN:ENDED",
                describe(List.of(DRAFT, SUBMITTED, OFFERED, ACCEPTED, WITHDRAWN), WITHDRAWN));
        assertEquals("DRAFT:DONE WITHDRAWN:ENDED", describe(List.of(DRAFT, WITHDRAWN), WITHDRAWN));
    }

    @Test
    void anOfferMadeAgainAfterOneLapsedIsBackOnTheWay() {
        assertEquals("DRAFT:DONE SUBMITTED:DONE UNDER_REVIEW:DONE OFFERED:DONE LAPSED:ENDED",
                describe(List.of(DRAFT, SUBMITTED, OFFERED, LAPSED), LAPSED));
        assertEquals("DRAFT:DONE SUBMITTED:DONE UNDER_REVIEW:DONE OFFERED:CURRENT ACCEPTED:AHEAD",
                describe(List.of(DRAFT, SUBMITTED, OFFERED, LAPSED, OFFERED), OFFERED));
    }

    @Test
    void aDraftIsTheFirstStep() {
        assertEquals("DRAFT:CURRENT SUBMITTED:AHEAD UNDER_REVIEW:AHEAD OFFERED:AHEAD ACCEPTED:AHEAD",
                describe(List.of(DRAFT), DRAFT));
    }

    private static String describe(List<ApplicationStatus> history, ApplicationStatus current) {
        return String.join(" ", ApplicationStepper.steps(history, current).stream()
                .map(s -> s.status() + ":" + s.state()).toList());
    }
}

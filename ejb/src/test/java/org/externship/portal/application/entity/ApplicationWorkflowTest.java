package org.externship.portal.application.entity;

import org.externship.portal.listing.entity.Externship;
import org.externship.portal.listing.entity.PeriodDraft;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.testing.Postings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationWorkflowTest {

    @Test
    void theUsualPathFromDraftToAcceptedTakesTurnsBetweenStudentAndHospital() {
        List<Object[]> path = List.of(
                new Object[]{DRAFT, SUBMITTED, Actor.STUDENT},
                new Object[]{SUBMITTED, UNDER_REVIEW, Actor.COORDINATOR},
                new Object[]{UNDER_REVIEW, INTERVIEW, Actor.COORDINATOR},
                new Object[]{INTERVIEW, OFFERED, Actor.COORDINATOR},
                new Object[]{OFFERED, ACCEPTED, Actor.STUDENT});
        for (Object[] step : path) {
            assertTrue(ApplicationWorkflow.allows((ApplicationStatus) step[0], (ApplicationStatus) step[1],
                    (Actor) step[2]), () -> step[2] + " may move " + step[0] + " to " + step[1]);
        }
    }

    @Test
    void onlyTheStudentAnswersAnOfferAndOnlyTheHospitalMakesOne() {
        assertEquals(EnumSet.of(ACCEPTED, DECLINED), ApplicationWorkflow.next(OFFERED, Actor.STUDENT));
        assertEquals(Set.of(), ApplicationWorkflow.next(OFFERED, Actor.COORDINATOR));
        assertFalse(ApplicationWorkflow.allows(SUBMITTED, OFFERED, Actor.STUDENT));
        assertTrue(ApplicationWorkflow.allows(SUBMITTED, OFFERED, Actor.COORDINATOR));
    }

    @Test
    void draftsBelongToTheStudentAlone() {
        assertEquals(Set.of(), ApplicationWorkflow.next(DRAFT, Actor.COORDINATOR));
        assertEquals(EnumSet.of(SUBMITTED, WITHDRAWN), ApplicationWorkflow.next(DRAFT, Actor.STUDENT));
    }

    @Test
    void aStudentMayWithdrawUntilTheHospitalHasDecided() {
        for (ApplicationStatus open : EnumSet.of(DRAFT, SUBMITTED, UNDER_REVIEW, INTERVIEW, WAITLISTED)) {
            assertTrue(ApplicationWorkflow.allows(open, WITHDRAWN, Actor.STUDENT), open::name);
        }
        assertFalse(ApplicationWorkflow.allows(REJECTED, WITHDRAWN, Actor.STUDENT));
    }

    @Test
    void onlyThePortalLetsAnOfferLapseAndTheHospitalMayOfferAgain() {
        assertEquals(EnumSet.of(LAPSED), ApplicationWorkflow.next(OFFERED, Actor.PORTAL));
        assertFalse(ApplicationWorkflow.allows(OFFERED, LAPSED, Actor.COORDINATOR));
        assertTrue(ApplicationWorkflow.allows(LAPSED, OFFERED, Actor.COORDINATOR));
        assertFalse(ApplicationWorkflow.allows(LAPSED, ACCEPTED, Actor.STUDENT));
    }

    @Test
    void aStudentMayGiveUpAnAcceptedPlacementOnlyBeforeItStarts() {
        LocalDate start = LocalDate.of(2027, 3, 1);
        assertEquals(EnumSet.of(WITHDRAWN), ApplicationWorkflow.next(ACCEPTED, Actor.STUDENT, start,
                start.minusDays(1)));
        assertEquals(Set.of(), ApplicationWorkflow.next(ACCEPTED, Actor.STUDENT, start, start));
        assertEquals(Set.of(), ApplicationWorkflow.next(ACCEPTED, Actor.COORDINATOR, start, start.minusDays(1)));
        assertFalse(ACCEPTED.isFinal());

        ApplicationWorkflow.check(ACCEPTED, WITHDRAWN, Actor.STUDENT, start, start.minusDays(1));
        assertEquals("application.placementStarted", assertThrows(NotAllowedException.class,
                () -> ApplicationWorkflow.check(ACCEPTED, WITHDRAWN, Actor.STUDENT, start, start.plusDays(3)))
                .messageKey());
        assertEquals("application.transition", assertThrows(NotAllowedException.class,
                () -> ApplicationWorkflow.check(ACCEPTED, DECLINED, Actor.STUDENT, start, start.minusDays(1)))
                .messageKey());
    }

    @Test
    void theDateMattersOnlyForAnAcceptedPlacement() {
        LocalDate start = LocalDate.of(2027, 3, 1);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (status != ACCEPTED) {
                for (Actor actor : Actor.values()) {
                    assertEquals(ApplicationWorkflow.next(status, actor),
                            ApplicationWorkflow.next(status, actor, start, start.plusDays(10)), status + " " + actor);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"DECLINED", "REJECTED", "WITHDRAWN"})
    void finalStatusesLeadNowhere(ApplicationStatus status) {
        assertTrue(status.isFinal());
        for (Actor actor : Actor.values()) {
            assertEquals(Set.of(), ApplicationWorkflow.next(status, actor), actor::name);
        }
    }

    @Test
    void aRefusedMoveNamesBothStatuses() {
        NotAllowedException refused = assertThrows(NotAllowedException.class,
                () -> ApplicationWorkflow.check(REJECTED, OFFERED, Actor.COORDINATOR));
        assertEquals("application.transition", refused.messageKey());
        assertArrayEquals(new Object[]{REJECTED, OFFERED}, refused.arguments());
    }

    @Test
    void anApplicationRefusesAMoveItsWorkflowDoesNotAllowAndKeepsItsStatusAndTimeline() {
        Application application = draft();

        NotAllowedException refused = assertThrows(NotAllowedException.class, () -> application.moveTo(OFFERED,
                Actor.COORDINATOR, "Coordinator", null, Instant.now(), Instant.now().plusSeconds(3600)));
        assertEquals("application.transition", refused.messageKey());
        assertEquals(DRAFT, application.status());
        assertEquals(1, application.events().size(), "nothing on the timeline");

        application.moveTo(SUBMITTED, Actor.STUDENT, "Student", null, Instant.now(), null);
        assertEquals(SUBMITTED, application.status());
        assertEquals("application.transition", assertThrows(NotAllowedException.class, () -> application.moveTo(
                ACCEPTED, Actor.STUDENT, "Student", null, Instant.now(), null)).messageKey(),
                "a student cannot accept what was never offered");
    }

    @Test
    void theFirstTimeEachStepOfTheFunnelWasReachedStaysWhateverFollows() {
        Application application = draft();
        Instant submitted = Instant.parse("2026-01-05T10:00:00Z");
        Instant offered = submitted.plusSeconds(86_400);
        application.moveTo(SUBMITTED, Actor.STUDENT, "Student", null, submitted, null);
        assertEquals(submitted, application.submittedAt());
        assertEquals(null, application.offeredAt(), "not offered yet");

        application.moveTo(OFFERED, Actor.COORDINATOR, "Coordinator", null, offered, offered.plusSeconds(604_800));
        application.moveTo(LAPSED, Actor.PORTAL, "Portal", null, offered.plusSeconds(700_000), null);
        application.moveTo(OFFERED, Actor.COORDINATOR, "Coordinator", null, offered.plusSeconds(800_000),
                offered.plusSeconds(1_400_000));
        application.moveTo(DECLINED, Actor.STUDENT, "Student", null, offered.plusSeconds(900_000), null);

        assertEquals(DECLINED, application.status());
        assertEquals(offered, application.offeredAt(), "the first offer, kept after the lapse, the second offer and "
                + "the student's answer");
        assertEquals(null, application.acceptedAt(), "never accepted");
        assertEquals(submitted, application.submittedAt());
    }

    /** A draft application to a period three months ahead. */
    private static Application draft() {
        LocalDate start = LocalDate.now().plusMonths(3);
        Externship externship = new Externship(Postings.draft("Wards", "Four weeks on the wards.",
                List.of(new PeriodDraft(null, start, start.plusWeeks(4), 2))), Instant.now());
        return new Application(externship, externship.periods().get(0), "St. Elsewhere",
                new Applicant("subject", "Student", "student@example.org"), "Statement", Instant.now());
    }
}

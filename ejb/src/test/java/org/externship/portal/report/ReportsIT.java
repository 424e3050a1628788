package org.externship.portal.report;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.externship.portal.application.boundary.ApplicationReview;
import org.externship.portal.application.boundary.ApplyCommand;
import org.externship.portal.application.boundary.MyApplications;
import org.externship.portal.compliance.boundary.ComplianceChecks;
import org.externship.portal.compliance.boundary.ComplianceRequirements;
import org.externship.portal.compliance.boundary.MyCompliance;
import org.externship.portal.compliance.boundary.RequirementCommand;
import org.externship.portal.compliance.boundary.RequirementDto;
import org.externship.portal.compliance.entity.RequirementKind;
import org.externship.portal.letters.boundary.LetterWriting;
import org.externship.portal.listing.boundary.ExternshipSummary;
import org.externship.portal.listing.entity.PeriodDraft;
import org.externship.portal.passport.control.SampleFiles;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.boundary.Placements;
import org.externship.portal.report.boundary.ComplianceStatus;
import org.externship.portal.report.boundary.EvaluationCompletion;
import org.externship.portal.report.boundary.ExternshipFunnel;
import org.externship.portal.report.boundary.HospitalReport;
import org.externship.portal.report.boundary.HospitalReports;
import org.externship.portal.report.boundary.HoursLogged;
import org.externship.portal.report.boundary.LetterCompletion;
import org.externship.portal.report.boundary.PeriodFunnel;
import org.externship.portal.report.boundary.ReportRange;
import org.externship.portal.report.boundary.ReportSection;
import org.externship.portal.rotation.boundary.AttendanceCommand;
import org.externship.portal.rotation.boundary.AttendanceConfirmations;
import org.externship.portal.rotation.boundary.AttendanceDayDto;
import org.externship.portal.rotation.boundary.EvaluationCommand;
import org.externship.portal.rotation.boundary.Evaluations;
import org.externship.portal.rotation.boundary.MyAttendance;
import org.externship.portal.rotation.entity.Competency;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.SqlStatements;
import org.externship.portal.testing.AsAttending;
import org.externship.portal.testing.AsCoordinator;
import org.externship.portal.testing.AsStudent;
import org.externship.portal.testing.LetterAsking;
import org.externship.portal.testing.PlacedStudents;
import org.externship.portal.testing.PlacedStudents.Placed;
import org.externship.portal.testing.StaffedHospital;
import org.externship.portal.testing.TestData;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, reports: the coordinator's funnel, seats, evaluation and letter completion and hours for made data (three
 * placements, one application left in review, two periods), each counted as the features recorded it; another
 * hospital's coordinator sees none of it and its numbers are not in this hospital's report; only coordinators read
 * reports; the statements do not grow with the data. H2 and PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

    /** Two periods of four weeks, four months ahead: 4 seats, then 3 seats. */
    private static final LocalDate START = LocalDate.now().plusMonths(4).withDayOfMonth(1);
    private static final BigDecimal EIGHT = new BigDecimal("8");

    @Inject
    TestData data;

    @Inject
    PlacedStudents placing;

    @Inject
    LetterAsking letters;

    @Inject
    HospitalReports reports;

    @Inject
    MyApplications myApplications;

    @Inject
    ApplicationReview review;

    @Inject
    ComplianceRequirements requirements;

    @Inject
    ComplianceChecks checks;

    @Inject
    MyCompliance onboarding;

    @Inject
    MyPlacements myPlacements;

    @Inject
    MyAttendance attendance;

    @Inject
    AttendanceConfirmations confirmations;

    @Inject
    Evaluations evaluations;

    @Inject
    Placements placements;

    @Inject
    LetterWriting writing;

    @Inject
    PortalClock clock;

    @Inject
    AsStudent asStudent;

    @Inject
    AsAttending asAttending;

    @Inject
    AsCoordinator asCoordinator;

    @AfterEach
    void systemClock() {
        clock.use(null);
    }

    @Test
    void theCoordinatorReadsTheFunnelSeatsCompletionAndHoursOfTheirOwnHospitalOnly() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        ExternshipSummary wards = placing.externship(a, List.of(new PeriodDraft(START, START.plusWeeks(4), 4),
                new PeriodDraft(START.plusWeeks(5), START.plusWeeks(9), 3)));
        long first = wards.periods().get(0).id();
        Placed lena = placing.placeIn(a, "Lena Petrova", first, wards.title(), List.of(a.attending()));
        Placed omar = placing.placeIn(a, "Omar Haddad", first, wards.title(),
                List.of(a.attending(), a.otherAttending()));
        Placed priya = placing.placeIn(a, "Priya Nair", first, wards.title(), List.of(a.otherAttending()));
        // Sam is offered the fourth seat and declines: his application still counts as offered, not as accepted
        String sam = placing.newStudent("Sam Carter");
        long samsApplication = asStudent.call(() -> myApplications.apply(new ApplyCommand(first,
                "Statement for the program.", true))).summary().id();
        placing.signInStaff(a, a.coordinator());
        asCoordinator.call(() -> review.offer(samsApplication, 7, null));
        placing.signInStudent(sam, "Sam Carter");
        asStudent.call(() -> myApplications.decline(samsApplication));
        Placed theirs = placing.place(b, "Ana Lima", List.of(b.attending()));

        PlacementDto lenas = placementOf(lena);
        today(lenas.startDate());
        placing.signInStaff(a, a.coordinator());
        for (Placed p : List.of(lena, omar, priya)) {
            asCoordinator.call(() -> placements.start(p.placementId()));
        }
        today(lenas.completableFrom());
        placing.signInStudent(lena.student(), lena.name());
        for (int d = 0; d < 3; d++) {
            LocalDate day = lenas.startDate().plusDays(d);
            asStudent.call(() -> attendance.log(new AttendanceCommand(lena.applicationId(), day, EIGHT, null)));
        }
        placing.signInStudent(priya.student(), priya.name());
        asStudent.call(() -> attendance.log(new AttendanceCommand(priya.applicationId(), lenas.startDate(),
                new BigDecimal("6.5"), null)));
        placing.signInStaff(a, a.attending());
        List<Long> days = asAttending.call(() -> confirmations.sheet(lena.placementId())).days().stream()
                .map(AttendanceDayDto::id).toList();
        asAttending.call(() -> confirmations.confirm(lena.placementId(), days));
        asAttending.call(() -> evaluations.submit(evaluation(lena.placementId())));
        asAttending.call(() -> evaluations.submit(evaluation(omar.placementId())));
        placing.signInStaff(a, a.coordinator());
        asCoordinator.call(() -> placements.complete(lena.placementId()));
        asCoordinator.call(() -> placements.complete(omar.placementId()));
        long lenasLetter = letters.accepted(a, lena, true).id();
        letters.asked(a, omar, true);
        today(lenas.endDate().plusWeeks(5)); // Lena's letter was due four weeks after her last day

        ReportRange range = new ReportRange(START.minusDays(1), START.plusWeeks(6));
        placing.signInStaff(a, a.coordinator());
        HospitalReport report = asCoordinator.call(() -> reports.report(range, ReportSection.FUNNEL));
        assertEquals(List.of(), report.letters(), "the funnel's section reads no letters");
        assertEquals(List.of(
                new PeriodFunnel(first, wards.id(), wards.title(), START, START.plusWeeks(4), 4, 4, 4, 3, 3, 2),
                new PeriodFunnel(wards.periods().get(1).id(), wards.id(), wards.title(), START.plusWeeks(5),
                        START.plusWeeks(9), 3, 0, 0, 0, 0, 0)), report.periods());
        PeriodFunnel firstPeriod = report.periods().get(0);
        assertEquals(100, firstPeriod.offerRate());
        assertEquals(75, firstPeriod.acceptRate(), "Sam declined");
        assertEquals(67, firstPeriod.completionRate());
        assertEquals(75, firstPeriod.fillRate(), "3 placements in 4 seats");
        assertEquals(List.of(new ExternshipFunnel(wards.id(), wards.title(), 2, 7, 4, 4, 3, 3, 2)),
                report.externships());
        assertEquals(43, report.total().fillRate(), "3 placements in 7 seats");
        assertEquals(List.of(new EvaluationCompletion(wards.id(), wards.title(), 2, 1, 3, 2)),
                section(range, ReportSection.EVALUATIONS).evaluations(),
                "Lena's one attending evaluated; Omar's second attending did not");
        assertEquals(List.of(new LetterCompletion(wards.id(), wards.title(), 2, 1, 1, 0, 0, 1)),
                section(range, ReportSection.LETTERS).letters(),
                "Omar's request waits; Lena's was accepted and is overdue");
        List<HoursLogged> logged = section(range, ReportSection.HOURS).hours();
        HoursLogged hours = logged.get(0);
        assertEquals(1, logged.size());
        assertEquals(4, hours.days());
        assertEquals(0, new BigDecimal("30.5").compareTo(hours.loggedHours()), "Lena's 24 and Priya's 6.5");
        assertEquals(0, new BigDecimal("24").compareTo(hours.confirmedHours()));
        assertEquals(79, hours.confirmedRate());

        placing.signInStaff(b, b.coordinator());
        HospitalReport theirReport = section(range, ReportSection.FUNNEL);
        assertTrue(theirReport.periods().stream().allMatch(p -> p.externshipId() != wards.id()),
                "none of hospital A's periods");
        assertEquals(1, theirReport.periods().size());
        assertEquals(1, theirReport.total().submitted(), "only Ana's application: " + theirReport.total());
        assertEquals(1, theirReport.total().placed());
        assertEquals(List.of(), section(range, ReportSection.EVALUATIONS).evaluations());
        assertEquals(List.of(), section(range, ReportSection.LETTERS).letters());
        assertEquals(List.of(), section(range, ReportSection.HOURS).hours());
        placing.signInStaff(a, a.coordinator());
        assertTrue(section(range, ReportSection.FUNNEL).periods().stream()
                .noneMatch(p -> p.externshipTitle().equals(theirs.externshipTitle())), "none of B's in A's");

        // Lena's letter arrives a week late: complete, no longer overdue though its due date has passed; the attending
        // who evaluated Omar no longer supervises him, so his evaluation is not counted for the placement
        placing.signInStaff(a, a.attending());
        asAttending.call(() -> writing.upload(lenasLetter,
                SampleFiles.pdf("Dear Program Director, it is my pleasure to recommend Lena"), "letter.pdf"));
        asAttending.call(() -> writing.complete(lenasLetter));
        placing.signInStaff(a, a.coordinator());
        asCoordinator.call(() -> placements.assignAttendings(omar.placementId(), List.of(a.otherAttending().id())));
        assertEquals(List.of(new LetterCompletion(wards.id(), wards.title(), 2, 1, 0, 1, 0, 0)),
                section(range, ReportSection.LETTERS).letters(),
                "Lena's letter is complete, past its due date but not overdue");
        assertEquals(List.of(new EvaluationCompletion(wards.id(), wards.title(), 2, 1, 2, 1)),
                section(range, ReportSection.EVALUATIONS).evaluations(),
                "Omar's one attending now has not evaluated him");
    }

    @Test
    void theOnboardingOfTheRangesPlacementsNotStartedIsCountedPerExternshipForTheirOwnHospitalOnly()
            throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        ExternshipSummary wards = placing.externship(a, List.of(new PeriodDraft(START, START.plusWeeks(4), 4)));
        long period = wards.periods().get(0).id();
        Placed lena = placing.placeIn(a, "Lena Petrova", period, wards.title(), List.of(a.attending()));
        Placed omar = placing.placeIn(a, "Omar Haddad", period, wards.title(), List.of(a.attending()));
        ExternshipSummary theirs = placing.externship(b, List.of(new PeriodDraft(START, START.plusWeeks(4), 4)));
        placing.placeIn(b, "Ana Lima", theirs.periods().get(0).id(), theirs.title(), List.of(b.attending()));
        placing.signInStaff(a, a.coordinator());
        RequirementDto policy = asCoordinator.call(() -> requirements.add(new RequirementCommand("Signed policy",
                RequirementKind.SIGNED_POLICY, null, false, null, null)));
        for (Placed p : List.of(lena, omar)) {
            placing.signInStudent(p.student(), p.name());
            asStudent.call(() -> onboarding.upload(p.applicationId(), policy.id(), null, "policy.pdf",
                    SampleFiles.pdf("I have read the policy")));
        }
        placing.signInStaff(a, a.coordinator());
        long lenasPolicy = asCoordinator.call(() -> checks.of(lena.placementId())).items().stream()
                .filter(i -> i.requirementId() == policy.id()).findFirst().orElseThrow().itemId();
        asCoordinator.call(() -> checks.verify(lenasPolicy));

        ReportRange range = new ReportRange(START.minusDays(1), START.plusWeeks(6));
        assertEquals(List.of(new ComplianceStatus(wards.id(), wards.title(), 2, 1, 1, 0)),
                section(range, ReportSection.COMPLIANCE).compliance(),
                "Lena's policy verified: ready; Omar's waits for a check");
        placing.signInStaff(b, b.coordinator());
        assertEquals(List.of(new ComplianceStatus(theirs.id(), theirs.title(), 1, 1, 0, 0)),
                section(range, ReportSection.COMPLIANCE).compliance(),
                "hospital B asks nothing of Ana, and sees none of A's placements");
    }

    @Test
    void onlyCoordinatorsReadReportsForARangeOfAtMostFiveYearsInConstantStatements() throws Exception {
        StaffedHospital small = data.staffedHospital("small");
        StaffedHospital large = data.staffedHospital("large");
        placing.place(small, "Lena Petrova", List.of(small.attending()));
        ExternshipSummary many = placing.externship(large, List.of(new PeriodDraft(START, START.plusWeeks(4), 4),
                new PeriodDraft(START.plusWeeks(5), START.plusWeeks(9), 3)));
        for (String name : List.of("Omar Haddad", "Priya Nair", "Sam Carter")) {
            placing.placeIn(large, name, many.periods().get(0).id(), many.title(), List.of(large.attending()));
        }
        placing.place(large, "Ana Lima", List.of(large.otherAttending()));
        ReportRange range = new ReportRange(START.minusDays(1), START.plusWeeks(6));

        for (ReportSection section : ReportSection.values()) {
            placing.signInStaff(small, small.coordinator());
            long forSmall = statementsOf(() -> section(range, section));
            placing.signInStaff(large, large.coordinator());
            long forLarge = statementsOf(() -> section(range, section));
            assertEquals(forSmall, forLarge, section + ": 1 placement or 4, 1 externship or 2: the same statements");
            assertTrue(forLarge <= (section == ReportSection.COMPLIANCE ? 5 : 4), section + ": " + forLarge
                    + " statements: the periods, the section's own (onboarding's two), the hospital's");
        }
        assertEquals(2, section(range, ReportSection.FUNNEL).externships().size());

        assertThrows(InvalidInputException.class, () -> asCoordinator.call(() -> reports.report(
                new ReportRange(START, START.minusDays(1)), ReportSection.FUNNEL)), "the last day before the first");
        assertThrows(InvalidInputException.class, () -> asCoordinator.call(() -> reports.report(
                new ReportRange(START.minusYears(6), START), ReportSection.HOURS)), "more than five years");
        HospitalReport then = section(new ReportRange(START.minusYears(2), START.minusYears(1)), ReportSection.FUNNEL);
        assertTrue(then.isEmpty() && then.periods().isEmpty(), "nothing then");
        assertThrows(InvalidInputException.class, () -> asCoordinator.call(() -> reports.report(range, null)),
                "a section");
        assertEquals(clock.today(), asCoordinator.call(() -> reports.lastYear()).to());

        placing.signInStaff(large, large.attending());
        assertThrows(EJBAccessException.class,
                () -> asAttending.call(() -> reports.report(range, ReportSection.FUNNEL)));
        placing.signInStudent(placing.newStudent("Another student"), "Another student");
        assertThrows(EJBAccessException.class,
                () -> asStudent.call(() -> reports.report(range, ReportSection.LETTERS)));
    }

    /** Section {@code section} of the reports, as the coordinator signed in reads it. */
    private HospitalReport section(ReportRange range, ReportSection section) throws Exception {
        return asCoordinator.call(() -> reports.report(range, section));
    }

    private PlacementDto placementOf(Placed placed) throws Exception {
        placing.signInStudent(placed.student(), placed.name());
        return asStudent.call(() -> myPlacements.ofApplication(placed.applicationId())).orElseThrow();
    }

    private void today(LocalDate day) {
        clock.use(Clock.fixed(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
    }

    private static EvaluationCommand evaluation(long placementId) {
        Map<Competency, EvaluationCommand.Score> ratings = new EnumMap<>(Competency.class);
        for (Competency competency : Competency.values()) {
            ratings.put(competency, new EvaluationCommand.Score(4, null));
        }
        return new EvaluationCommand(placementId, ratings, "Careful and kind with patients; presents clearly.");
    }

    private static long statementsOf(Callable<?> page) throws Exception {
        long before = SqlStatements.byThisThread();
        page.call();
        return SqlStatements.byThisThread() - before;
    }
}

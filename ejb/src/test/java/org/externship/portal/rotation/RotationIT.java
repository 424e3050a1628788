package org.externship.portal.rotation;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.externship.portal.application.boundary.ApplicationReview;
import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.application.boundary.MyApplications;
import org.externship.portal.application.boundary.TimelineEntry;
import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.application.entity.Rearrangement;
import org.externship.portal.learninglog.boundary.IdentifiersFoundException;
import org.externship.portal.letters.boundary.LetterAnswers;
import org.externship.portal.listing.boundary.ExternshipSummary;
import org.externship.portal.listing.boundary.Externships;
import org.externship.portal.listing.entity.PeriodDraft;
import org.externship.portal.notification.boundary.NotificationDto;
import org.externship.portal.notification.boundary.Notifications;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.boundary.Placements;
import org.externship.portal.placement.entity.PlacementProgress;
import org.externship.portal.rotation.boundary.AttendanceCommand;
import org.externship.portal.rotation.boundary.AttendanceConfirmations;
import org.externship.portal.rotation.boundary.AttendanceDayDto;
import org.externship.portal.rotation.boundary.AttendanceSheet;
import org.externship.portal.rotation.boundary.CalendarFiles;
import org.externship.portal.rotation.boundary.CalendarRange;
import org.externship.portal.rotation.boundary.CalendarSpan;
import org.externship.portal.rotation.boundary.CertificateCheck;
import org.externship.portal.rotation.boundary.CertificateCheckDto;
import org.externship.portal.rotation.boundary.CertificateDto;
import org.externship.portal.rotation.boundary.Certificates;
import org.externship.portal.rotation.boundary.EvaluationCommand;
import org.externship.portal.rotation.boundary.EvaluationDto;
import org.externship.portal.rotation.boundary.EvaluationDue;
import org.externship.portal.rotation.boundary.Evaluations;
import org.externship.portal.rotation.boundary.MyAttendance;
import org.externship.portal.rotation.boundary.MyCompletion;
import org.externship.portal.rotation.boundary.PeriodSlot;
import org.externship.portal.rotation.boundary.PlacementChange;
import org.externship.portal.rotation.boundary.CalendarSetup;
import org.externship.portal.rotation.boundary.PlacementSlot;
import org.externship.portal.rotation.boundary.RevokeCommand;
import org.externship.portal.rotation.boundary.RotationCalendar;
import org.externship.portal.rotation.control.EvaluationFollowUps;
import org.externship.portal.rotation.entity.Competency;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.Mailer.Mail;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.SqlStatements;
import org.externship.portal.testing.AsAttending;
import org.externship.portal.testing.AsCoordinator;
import org.externship.portal.testing.AsStudent;
import org.externship.portal.testing.PlacedStudents.Placed;
import org.externship.portal.testing.PlacedStudents;
import org.externship.portal.testing.SentMails;
import org.externship.portal.testing.StaffedHospital;
import org.externship.portal.testing.TestData;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, the coordinator's program around placements. Attendance: a student logs the days on site and the hours,
 * within the placement and never ahead of today, with nothing that identifies a patient; a supervising attending
 * confirms one day, then a week at once; a confirmed day is locked; nobody else (a colleague who does not supervise,
 * another hospital's attending, a coordinator, another student) reads or confirms a day. The calendar is the test's
 * (PortalClock). H2 and PostgreSQL.
 * <p>
 * The rotation calendar and its seats (here to share the deployment): a placement moves to a period of its
 * externship with a free seat and the seat counts follow (the application's period and dates with it); a full period, an attending over the
 * hospital's limit of externs at once, a placement that started or ended, a period that began are refused with their
 * reason and change nothing; another hospital's placements, periods and attendings are not found; attendings and
 * students move nothing; the calendar costs the same statements whatever the number of placements; the .ics files,
 * parsed back.
 */
@ExtendWith(ArquillianExtension.class)
class RotationIT {

    private static final BigDecimal EIGHT = new BigDecimal("8");
    /** The attendings' working hours by default in tests: 08:00 to 18:00 on weekdays, New York time. */
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Inject
    TestData data;

    @Inject
    PlacedStudents placing;

    @Inject
    MyPlacements myPlacements;

    @Inject
    MyAttendance attendance;

    @Inject
    AttendanceConfirmations confirmations;

    @Inject
    PortalClock clock;

    @Inject
    Placements placements;

    @Inject
    Evaluations evaluations;

    @Inject
    Certificates certificates;

    @Inject
    MyCompletion completion;

    @Inject
    CertificateCheck check;

    @Inject
    EvaluationFollowUps followUps;

    @Inject
    SentMails mails;

    @Inject
    LetterAnswers letterAnswers;

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
    void aStudentLogsDaysOnSiteAndASupervisorConfirmsOneThenAWeekAtOnce() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        long application = lena.applicationId();
        placing.signInStudent(lena.student(), lena.name());
        PlacementDto placement = asStudent.call(() -> myPlacements.ofApplication(application)).orElseThrow();
        LocalDate first = placement.startDate();

        today(first.plusDays(8));
        assertEquals("attendance.outsidePlacement", refused(() -> attendance.log(day(application,
                first.minusDays(1), EIGHT))), "not before the placement");
        assertEquals("attendance.future", refused(() -> attendance.log(day(application, first.plusDays(9), EIGHT))),
                "not ahead of today");
        InvalidInputException tooLong = assertThrows(InvalidInputException.class, () -> asStudent.call(
                () -> attendance.log(day(application, first, new BigDecimal("20")))));
        assertEquals("hours", tooLong.violations().iterator().next().getPropertyPath().toString()
                .replaceAll(".*\\.", ""));
        assertThrows(IdentifiersFoundException.class, () -> asStudent.call(() -> attendance.log(
                new AttendanceCommand(application, first, EIGHT, "Admitted John Smith, MRN 84512377, to the ward"))));
        assertEquals(List.of(), asStudent.call(() -> attendance.sheet(application)).days(), "nothing kept");

        for (int d = 0; d < 7; d++) {
            LocalDate day = first.plusDays(d);
            asStudent.call(() -> attendance.log(new AttendanceCommand(application, day, EIGHT, "Wards")));
        }
        AttendanceSheet logged = asStudent.call(() -> attendance.log(day(application, first.plusDays(1),
                new BigDecimal("7.5"))));
        assertEquals(7, logged.days().size(), "a day logged again is changed, not doubled");
        assertEquals(0, new BigDecimal("55.5").compareTo(logged.loggedHours()));
        assertEquals(0, BigDecimal.ZERO.compareTo(logged.confirmedHours()));

        placing.signInStaff(a, a.attending());
        AttendanceSheet seen = asAttending.call(() -> confirmations.sheet(placement.id()));
        assertEquals(7, seen.awaiting().size());
        assertEquals(7L, asAttending.call(confirmations::awaitingByPlacement).get(placement.id()),
                "the home page's count");
        List<Long> ids = seen.days().stream().map(AttendanceDayDto::id).toList();
        AttendanceSheet one = asAttending.call(() -> confirmations.confirm(placement.id(), ids.subList(0, 1)));
        assertEquals(0, EIGHT.compareTo(one.confirmedHours()), "one day");
        assertEquals(a.attending().fullName(), one.days().get(0).confirmedBy());
        AttendanceSheet week = asAttending.call(() -> confirmations.confirm(placement.id(), ids));
        assertEquals(0, new BigDecimal("55.5").compareTo(week.confirmedHours()), "the week at once");
        assertEquals(List.of(), week.awaiting());
        assertEquals(null, asAttending.call(confirmations::awaitingByPlacement).get(placement.id()),
                "nothing waits any more");

        placing.signInStudent(lena.student(), lena.name());
        assertEquals("attendance.confirmed", refused(() -> attendance.log(day(application, first, BigDecimal.TEN))),
                "a confirmed day is locked");
        assertEquals("attendance.confirmed", refused(() -> attendance.remove(application, ids.get(0))));
        assertEquals(0, new BigDecimal("55.5").compareTo(asStudent.call(() -> attendance.sheet(application))
                .confirmedHours()), "the student sees the confirmed hours");

        for (StaffedHospital hospital : List.of(a, b)) {
            placing.signInStaff(hospital, hospital == a ? a.otherAttending() : b.attending());
            assertThrows(NotFoundException.class, () -> asAttending.call(() -> confirmations.sheet(placement.id())),
                    "only a supervising attending of the placement");
            assertThrows(NotFoundException.class, () -> asAttending.call(
                    () -> confirmations.confirm(placement.id(), ids)));
        }
        placing.signInStaff(a, a.coordinator());
        assertThrows(EJBAccessException.class, () -> asCoordinator.call(() -> confirmations.sheet(placement.id())));
        placing.signInStudent(placing.newStudent("Another student"), "Another student");
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> attendance.sheet(application)),
                "another student reaches nothing through the application's id");
    }

    @Test
    void aDayOfAnotherPlacementIsNotConfirmedThroughThisOneAndALoggedDayCanBeRemoved() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        Placed omar = placing.place(a, "Omar Haddad", List.of(a.otherAttending()));
        placing.signInStudent(omar.student(), omar.name());
        PlacementDto omars = asStudent.call(() -> myPlacements.ofApplication(omar.applicationId())).orElseThrow();
        today(omars.startDate().plusDays(1));
        long firstLogged = asStudent.call(() -> attendance.log(day(omar.applicationId(), omars.startDate(), EIGHT)))
                .days().get(0).id();
        AttendanceSheet removed = asStudent.call(() -> attendance.remove(omar.applicationId(), firstLogged));
        assertEquals(List.of(), removed.days(), "removed before it was confirmed");
        long omarsDay = asStudent.call(() -> attendance.log(day(omar.applicationId(), omars.startDate(), EIGHT)))
                .days().get(0).id();

        placing.signInStaff(a, a.attending());
        long lenasPlacement = lena.placementId();
        long foreignDay = omarsDay;
        assertThrows(NotFoundException.class, () -> asAttending.call(
                () -> confirmations.confirm(lenasPlacement, List.of(foreignDay))));
        placing.signInStudent(omar.student(), omar.name());
        assertTrue(asStudent.call(() -> attendance.sheet(omar.applicationId())).days().stream()
                .noneMatch(AttendanceDayDto::confirmed), "still waiting for his own supervisor");
    }

    @Test
    void aCompletedPlacementIsEvaluatedAndGivesACertificateAnyoneCanVerify() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        long application = lena.applicationId();
        long placementId = lena.placementId();
        placing.signInStudent(lena.student(), lena.name());
        PlacementDto placement = asStudent.call(() -> myPlacements.ofApplication(application)).orElseThrow();
        LocalDate first = placement.startDate();

        placing.signInStaff(a, a.coordinator());
        today(first.minusDays(1));
        assertEquals("placement.start.tooEarly", refusedTo(asCoordinator, () -> placements.start(placementId)));
        today(first);
        assertEquals(PlacementProgress.STARTED, asCoordinator.call(() -> placements.start(placementId)).progress());
        assertEquals("placement.start.already", refusedTo(asCoordinator, () -> placements.start(placementId)));
        assertEquals("placement.complete.tooEarly", refusedTo(asCoordinator, () -> placements.complete(placementId)));
        assertEquals(Optional.empty(), asCoordinator.call(() -> certificates.of(placementId)));

        LocalDate finalWeek = placement.completableFrom();
        today(finalWeek);
        placing.signInStudent(lena.student(), lena.name());
        for (int d = 0; d < 6; d++) {
            LocalDate day = first.plusDays(d);
            asStudent.call(() -> attendance.log(day(application, day, EIGHT)));
        }
        placing.signInStaff(a, a.coordinator());
        assertEquals("certificate.hoursWaiting", refusedTo(asCoordinator, () -> placements.complete(placementId)),
                "hours still waiting would be missing from the certificate");
        assertEquals(PlacementProgress.STARTED, asCoordinator.call(() -> placements.one(placementId)).progress(),
                "nothing changed");
        assertEquals(Optional.empty(), asCoordinator.call(() -> certificates.of(placementId)));

        placing.signInStaff(a, a.attending());
        List<Long> days = asAttending.call(() -> confirmations.sheet(placementId)).days().stream()
                .map(AttendanceDayDto::id).toList();
        asAttending.call(() -> confirmations.confirm(placementId, days));
        today(finalWeek.minusDays(1));
        assertEquals("evaluation.tooEarly", refusedTo(asAttending, () -> evaluations.submit(evaluation(placementId,
                4, "Careful and kind with patients."))));
        today(finalWeek);
        assertThrows(IdentifiersFoundException.class, () -> asAttending.call(() -> evaluations.submit(
                evaluation(placementId, 4, "Presented John Smith, MRN 84512377, very well."))));
        assertEquals("evaluation.nothingScored", refusedTo(asAttending, () -> evaluations.submit(
                evaluation(placementId, null, "Too short a time together."))));
        InvalidInputException noComment = assertThrows(InvalidInputException.class, () -> asAttending.call(
                () -> evaluations.submit(evaluation(placementId, 4, " "))));
        assertEquals("overall", noComment.violations().iterator().next().getPropertyPath().toString()
                .replaceAll(".*\\.", ""));
        assertEquals(Optional.empty(), asAttending.call(() -> evaluations.mine(placementId)), "nothing kept");
        EvaluationDto sent = asAttending.call(() -> evaluations.submit(evaluation(placementId, 4,
                "Careful and kind with patients; presents clearly.")));
        assertEquals(Competency.values().length, sent.ratings().size());
        assertEquals(4, sent.ratings().get(0).score());
        assertEquals("evaluation.sent", refusedTo(asAttending, () -> evaluations.submit(evaluation(placementId, 5,
                "Second thoughts."))), "sent once");
        for (StaffedHospital hospital : List.of(a, b)) {
            placing.signInStaff(hospital, hospital == a ? a.otherAttending() : b.attending());
            assertThrows(NotFoundException.class, () -> asAttending.call(() -> evaluations.submit(
                    evaluation(placementId, 2, "Not my extern."))), "only a supervising attending evaluates");
            assertThrows(NotFoundException.class, () -> asAttending.call(() -> evaluations.mine(placementId)));
        }

        placing.signInStaff(a, a.coordinator());
        PlacementDto completed = asCoordinator.call(() -> placements.complete(placementId));
        assertEquals(PlacementProgress.COMPLETED, completed.progress());
        assertEquals(1, asCoordinator.call(() -> evaluations.of(placementId)).size(), "the coordinator reads it");
        CertificateDto issued = asCoordinator.call(() -> certificates.of(placementId)).orElseThrow();
        assertEquals(0, new BigDecimal("48").compareTo(issued.confirmedHours()), "the confirmed hours");
        assertEquals(a.attending().fullName(), issued.attendings());
        assertEquals("Lena Petrova", issued.studentName());
        assertTrue(issued.shortLink().endsWith("/c/" + issued.code()), issued.shortLink());
        placing.signInStaff(b, b.coordinator());
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> certificates.of(placementId)),
                "another hospital's coordinator");
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> evaluations.of(placementId)));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> certificates.revoke(
                new RevokeCommand(placementId, "Not ours"))));

        Mail news = mails.to(lena.email()).get(mails.to(lena.email()).size() - 1);
        assertEquals("Your externship certificate from " + a.hospital().name(), news.subject());
        assertTrue(news.body().contains("48 hours on site") && news.body().contains(
                "/student/attendance.xhtml?application=" + application), news.body());
        placing.signInStudent(lena.student(), lena.name());
        assertEquals(issued.code(), asStudent.call(() -> completion.of(application)).certificate().code());
        assertEquals(List.of(sent), asStudent.call(() -> completion.of(application)).evaluations(),
                "the student reads the evaluation");
        String text = pdfText(asStudent.call(() -> completion.certificatePdf(application)));
        for (String printed : List.of("Lena Petrova", a.hospital().name(), "Hours on site, confirmed by the "
                + "supervising attending: 48", issued.code(), a.attending().fullName())) {
            assertTrue(text.replaceAll("\\s+", " ").contains(printed), printed + " in " + text);
        }
        placing.signInStudent(placing.newStudent("Another student"), "Another student");
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> completion.of(application)));
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> completion.certificatePdf(application)));
        placing.signOut();

        CertificateCheckDto genuine = check.verify(issued.code().toLowerCase().replace("-", " "), null);
        assertEquals(CertificateCheckDto.Verdict.GENUINE, genuine.verdict(), "typed, however spaced");
        assertEquals("Lena Petrova", genuine.studentName());
        assertEquals(0, new BigDecimal("48").compareTo(genuine.confirmedHours()));
        assertEquals(CertificateCheckDto.Verdict.NOT_CONFIRMED, check.verify(issued.code(), "AAAA").verdict(),
                "a link whose seal is not the certificate's");
        assertEquals(CertificateCheckDto.Verdict.NOT_CONFIRMED, check.verify("ZZZZ-ZZZZ-ZZZZ", null).verdict(),
                "made up");
        assertEquals(CertificateCheckDto.Verdict.NOT_CONFIRMED, check.verify("<script>", null).verdict());
        assertEquals(null, check.verify("ZZZZ-ZZZZ-ZZZZ", null).studentName(), "nothing shown");

        placing.signInStaff(a, a.coordinator());
        InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> asCoordinator.call(
                () -> certificates.revoke(new RevokeCommand(placementId, ""))));
        assertEquals("reason", noReason.violations().iterator().next().getPropertyPath().toString()
                .replaceAll(".*\\.", ""));
        assertTrue(asCoordinator.call(() -> certificates.revoke(new RevokeCommand(placementId,
                "Issued for the wrong dates"))).revoked());
        assertEquals("certificate.revokedAlready", refusedTo(asCoordinator, () -> certificates.revoke(
                new RevokeCommand(placementId, "Again"))));
        placing.signOut();
        CertificateCheckDto revoked = check.verify(issued.code(), null);
        assertEquals(CertificateCheckDto.Verdict.REVOKED, revoked.verdict());
        assertTrue(revoked.revokedAt() != null);

        data.alterCertificateHours(a.hospital().alias(), placementId, "480");
        assertEquals(CertificateCheckDto.Verdict.NOT_CONFIRMED, check.verify(issued.code(), null).verdict(),
                "facts altered behind the portal's back no longer carry their seal");
    }

    @Test
    void anAttendingWhoHasNotEvaluatedIsRemindedFewTimesAndNeverAtNight() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed omar = placing.place(a, "Omar Haddad", List.of(a.attending()));
        placing.signInStudent(omar.student(), omar.name());
        PlacementDto placement = asStudent.call(() -> myPlacements.ofApplication(omar.applicationId())).orElseThrow();
        LocalDate dayAfter = placement.endDate().plusDays(1);
        while (dayAfter.getDayOfWeek() == DayOfWeek.SATURDAY || dayAfter.getDayOfWeek() == DayOfWeek.SUNDAY) {
            dayAfter = dayAfter.plusDays(1);
        }
        String to = a.attending().email();

        assertEquals(0, remindersAt(to, placement.endDate().minusDays(3), 10, 0), "not while the placement runs");
        assertEquals(0, remindersAt(to, dayAfter, 8, 50), "planned for 09:00 the day after it ends");
        assertEquals(1, remindersAt(to, dayAfter, 9, 5));
        Mail reminder = mails.to(to).get(mails.to(to).size() - 1);
        assertEquals("Your evaluation of Omar Haddad", reminder.subject());
        assertTrue(reminder.body().contains("/attending/wrap-up.xhtml?placement=" + placement.id()), reminder.body());
        assertTrue(reminder.body().contains("reminder 1 of at most 3"), reminder.body());
        assertEquals(0, remindersAt(to, dayAfter, 9, 6), "sent once, however often the job runs");
        assertEquals(0, remindersAt(to, dayAfter, 23, 0), "never at night");

        placing.signInStaff(a, a.attending());
        today(dayAfter.plusDays(1));
        asAttending.call(() -> evaluations.submit(evaluation(placement.id(), 3, "Steady and punctual.")));
        assertEquals(0, remindersAt(to, dayAfter.plusDays(8), 12, 0), "none once it is sent");
    }

    /**
     * The attending's home page ("Placements ending"): for each placement they supervise at its end, whether their own
     * evaluation is still due, from the evaluations they sent, read in one query whatever the number of placements.
     */
    @Test
    void anAttendingSeesWhichPlacementsAtTheirEndStillWaitForTheirEvaluation() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending(), a.otherAttending()));
        Placed omar = placing.place(a, "Omar Haddad", List.of(a.attending()));
        Placed ada = placing.place(a, "Ada Obi", List.of(a.attending()));
        List<Long> ending = List.of(lena.placementId(), omar.placementId(), ada.placementId());
        placing.signInStaff(a, a.attending());
        PlacementDto lenas = asAttending.call(() -> placements.supervisedByMe(lena.placementId()));

        today(lenas.completableFrom().minusDays(1));
        assertEquals(Map.of(lena.placementId(), EvaluationDue.State.LATER, omar.placementId(),
                EvaluationDue.State.LATER, ada.placementId(), EvaluationDue.State.LATER), card(ending),
                "not open before the final week");
        today(lenas.completableFrom());
        assertEquals(Map.of(lena.placementId(), EvaluationDue.State.DUE, omar.placementId(),
                EvaluationDue.State.DUE, ada.placementId(), EvaluationDue.State.DUE), card(ending));
        asAttending.call(() -> evaluations.submit(evaluation(lena.placementId(), 4, "Careful and kind.")));
        assertEquals(Map.of(lena.placementId(), EvaluationDue.State.SENT, omar.placementId(),
                EvaluationDue.State.DUE, ada.placementId(), EvaluationDue.State.DUE), card(ending));
        today(lenas.endDate().plusDays(EvaluationDue.DUE_AFTER_DAYS + 1));
        assertEquals(Map.of(lena.placementId(), EvaluationDue.State.SENT, omar.placementId(),
                EvaluationDue.State.OVERDUE, ada.placementId(), EvaluationDue.State.OVERDUE), card(ending),
                "past the due date it still waits");

        long forOne = statementsOf(() -> asAttending.call(() -> evaluations.sentByMe(List.of(omar.placementId()))));
        long forThree = statementsOf(() -> asAttending.call(() -> evaluations.sentByMe(ending)));
        assertEquals(1, forOne, "the evaluations sent: one query");
        assertEquals(forOne, forThree, "one placement or three: the same statements");

        placing.signInStaff(a, a.otherAttending());
        assertEquals(Set.of(), asAttending.call(() -> evaluations.sentByMe(ending)),
                "a co-supervising colleague still owes theirs");
        placing.signInStaff(b, b.attending());
        assertEquals(Set.of(), asAttending.call(() -> evaluations.sentByMe(ending)), "another hospital's attending");
        placing.signInStaff(a, a.coordinator());
        assertThrows(EJBAccessException.class, () -> asCoordinator.call(() -> evaluations.sentByMe(ending)));
    }

    /** The signed-in attending's card: where their evaluation of each of {@code ids} stands, as the home page reads it. */
    private Map<Long, EvaluationDue.State> card(List<Long> ids) throws Exception {
        Set<Long> sent = asAttending.call(() -> evaluations.sentByMe(ids));
        return asAttending.call(() -> placements.supervisedByMe()).stream().filter(p -> ids.contains(p.id()))
                .collect(Collectors.toMap(PlacementDto::id,
                        p -> EvaluationDue.of(p, sent.contains(p.id()), clock.today()).state()));
    }

    /**
     * Runs the reminders' job at {@code hour:minute} New York time, in no one's request, and tells how many e-mails it
     * sent to {@code address} (other tests' hospitals get theirs too).
     */
    private int remindersAt(String address, LocalDate day, int hour, int minute) {
        placing.signOut();
        clock.use(Clock.fixed(LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(NEW_YORK).toInstant(),
                NEW_YORK));
        int before = mails.to(address).size();
        followUps.run();
        return mails.to(address).size() - before;
    }

    private static EvaluationCommand evaluation(long placementId, Integer score, String overall) {
        Map<Competency, EvaluationCommand.Score> ratings = new EnumMap<>(Competency.class);
        for (Competency competency : Competency.values()) {
            ratings.put(competency, new EvaluationCommand.Score(
                    competency == Competency.PRACTICE_LEARNING ? null : score, null));
        }
        return new EvaluationCommand(placementId, ratings, overall);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String refusedTo(Object caller, Callable<?> call) {
        return assertThrows(NotAllowedException.class, () -> {
            if (caller instanceof AsCoordinator coordinator) {
                coordinator.call(call);
            } else if (caller instanceof AsAttending attending) {
                attending.call(call);
            } else {
                ((AsStudent) caller).call(call);
            }
        }).messageKey();
    }

    private String refused(Callable<?> call) {
        return assertThrows(NotAllowedException.class, () -> asStudent.call(call)).messageKey();
    }

    /**
     * People (issue 10): an attending the coordinator deactivated is no longer offered as a supervisor, cannot be
     * named on a placement, and is not suggested to a student by a colleague who declines; the active one still is.
     */
    @Test
    void aDeactivatedAttendingIsNeitherOfferedNorNamedNorSuggested() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        data.deactivate(a.alias(), a.otherAttending().id());

        placing.signInStaff(a, a.coordinator());
        List<Long> offered = asCoordinator.call(() -> placements.attendings()).stream()
                .map(PlacementDto.Supervisor::staffMemberId).toList();
        assertEquals(List.of(a.attending().id()), offered);
        NotFoundException named = assertThrows(NotFoundException.class, () -> asCoordinator.call(
                () -> placements.assignAttendings(lena.placementId(), List.of(a.otherAttending().id()))));
        assertEquals("attending", named.arguments()[0]);
        assertEquals(List.of(a.attending().id()), asCoordinator.call(() -> placements.one(lena.placementId()))
                .attendings().stream().map(PlacementDto.Supervisor::staffMemberId).toList(), "unchanged");

        placing.signInStaff(a, a.attending());
        assertEquals(List.of(), asAttending.call(() -> letterAnswers.colleagues()), "nobody to suggest");
        data.staff(a.alias(), org.externship.portal.identity.entity.StaffRole.ATTENDING, "Dr. Active Colleague");
        placing.signInStaff(a, a.attending());
        assertEquals(List.of("Dr. Active Colleague"), asAttending.call(() -> letterAnswers.colleagues()).stream()
                .map(LetterAnswers.Colleague::name).toList());
    }

    private void today(LocalDate day) {
        clock.use(day == null ? null : Clock.fixed(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()));
    }

    private static AttendanceCommand day(long application, LocalDate day, BigDecimal hours) {
        return new AttendanceCommand(application, day, hours, null);
    }

    // ---- the rotation calendar and its seats

    /** Three periods of four weeks back to back, four months ahead: 2 seats, 1 seat, 1 seat. */
    private static final LocalDate START = LocalDate.now().plusMonths(4).withDayOfMonth(1);

    @Inject
    RotationCalendar calendar;

    @Inject
    CalendarFiles files;

    @Inject
    MyApplications myApplications;

    @Inject
    Externships externships;

    @Test
    void aPlacementMovesToAPeriodWithAFreeSeatAndTheSeatsFollowAFullPeriodIsRefused() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        ExternshipSummary wards = threePeriods(a);
        long p1 = period(wards, 0);
        long p2 = period(wards, 1);
        long p3 = period(wards, 2);
        Placed lena = placing.placeIn(a, "Lena Petrova", p1, wards.title(), List.of(a.attending()));
        Placed omar = placing.placeIn(a, "Omar Haddad", p2, wards.title(), List.of(a.otherAttending()));

        placing.signInStaff(a, a.coordinator());
        assertEquals(Map.of(p1, 1, p2, 0, p3, 1), seatsLeft(a));
        Told before = told(lena);
        placing.signInStaff(a, a.coordinator());
        PlacementDto moved = asCoordinator.call(() -> calendar.change(new PlacementChange(lena.placementId(), p3,
                List.of(a.attending().id(), a.otherAttending().id()))));
        assertEquals(START.plusDays(56), moved.startDate());
        assertEquals(2, moved.attendings().size(), "the attendings saved with the move");
        assertEquals(Map.of(p1, 2, p2, 0, p3, 0), seatsLeft(a), "the seat left the first period for the third");
        assertEquals(p3, slot(a, lena).periodId());
        placing.signInStudent(lena.student(), lena.name());
        ApplicationSummary application = asStudent.call(() -> myApplications.mine()).get(0);
        assertEquals(START.plusDays(56), application.startDate(), "the application moved with its placement");
        assertEquals(START.plusDays(83), application.endDate());
        assertEquals(START.plusDays(56), asStudent.call(() -> myPlacements.ofApplication(lena.applicationId()))
                .orElseThrow().startDate());

        // the student is told of the one edit once, in the portal and by e-mail, and its timeline keeps it
        String both = String.join(", ", List.of(a.attending().fullName(), a.otherAttending().fullName()).stream()
                .sorted().toList());
        Told afterMove = told(lena);
        assertEquals(before.notifications() + 1, afterMove.notifications(), "one notification for one edit");
        assertEquals(before.mails() + 1, afterMove.mails(), "one e-mail");
        assertEquals(before.timeline() + 1, afterMove.timeline(), "one step on the timeline");
        NotificationDto notice = afterMove.latest();
        assertEquals(Rearrangement.DATES_AND_ATTENDINGS, notice.rearrangement());
        assertEquals(List.of(START.plusDays(56), START.plusDays(83), both, wards.title(), a.hospital().name()),
                List.of(notice.startDate(), notice.endDate(), notice.attendings(), notice.externshipTitle(),
                        notice.hospitalName()));
        assertTrue(notice.unread() && notice.datesChanged() && notice.attendingsChanged());
        Mail mail = afterMove.mail();
        assertEquals("New dates and supervision for your placement at " + a.hospital().name(), mail.subject());
        assertTrue(mail.body().startsWith("Dear Lena Petrova,"), mail.body());
        for (String said : List.of(a.hospital().name() + " changed your placement (" + wards.title() + ").",
                "It now runs from " + longDate(START.plusDays(56)) + " to " + longDate(START.plusDays(83)) + ".",
                "Supervising you from now on: " + both + ".",
                "/student/application.xhtml?id=" + lena.applicationId())) {
            assertTrue(mail.body().contains(said), said + " in " + mail.body());
        }
        assertTrue(mail.html().contains("It now runs from " + longDate(START.plusDays(56))), mail.html());
        TimelineEntry step = afterMove.step();
        assertEquals(List.of(Rearrangement.DATES_AND_ATTENDINGS, START.plusDays(56), START.plusDays(83), both,
                        a.coordinator().fullName()),
                Arrays.asList(step.rearrangement(), step.startDate(), step.endDate(), step.attendings(),
                        step.actorName()));
        assertEquals(ApplicationStatus.ACCEPTED, step.status(), "the status stays");
        placing.signInStaff(a, a.coordinator());
        List<TimelineEntry> seenByCoordinator = asCoordinator.call(() -> review.application(lena.applicationId()))
                .timeline();
        assertEquals(step, seenByCoordinator.get(seenByCoordinator.size() - 1), "both sides see the same step");

        placing.signInStaff(a, a.coordinator());
        NotAllowedException full = assertThrows(NotAllowedException.class, () -> asCoordinator.call(
                () -> calendar.change(new PlacementChange(lena.placementId(), p2, List.of()))));
        assertEquals("calendar.periodFull", full.messageKey());
        assertEquals(List.of(1, START.plusDays(28), START.plusDays(55)), Arrays.asList(full.arguments()));
        assertEquals(Map.of(p1, 2, p2, 0, p3, 0), seatsLeft(a), "nothing changed");
        assertEquals(p3, slot(a, lena).periodId());
        assertEquals(2, slot(a, lena).attendings().size(), "not even the attendings");
        assertEquals("calendar.periodFull", coordinatorRefused(() -> calendar.moveTo(lena.placementId(),
                START.plusDays(30))), "dropped on a day of the full period");
        assertEquals(afterMove.counts(), told(lena).counts(), "a refused move tells nobody and records nothing");

        placing.signInStaff(a, a.coordinator());
        PlacementDto dropped = asCoordinator.call(() -> calendar.moveTo(lena.placementId(), START.plusDays(10)));
        assertEquals(START, dropped.startDate(), "dropped on a day of the first period: moved there");
        assertEquals(Map.of(p1, 1, p2, 0, p3, 1), seatsLeft(a));
        Told afterDrop = told(lena);
        assertEquals(afterMove.notifications() + 1, afterDrop.notifications());
        assertEquals(List.of(Rearrangement.DATES, START, START.plusDays(27)), Arrays.asList(
                afterDrop.latest().rearrangement(), afterDrop.latest().startDate(), afterDrop.latest().endDate()));
        assertEquals(null, afterDrop.latest().attendings(), "the attendings did not change");
        assertEquals("New dates for your placement at " + a.hospital().name(), afterDrop.mail().subject());
        assertTrue(afterDrop.mail().body().contains("It now runs from " + longDate(START) + " to "
                + longDate(START.plusDays(27)) + "."), afterDrop.mail().body());
        assertFalse(afterDrop.mail().body().contains("Supervising"), afterDrop.mail().body());
        assertEquals(Rearrangement.DATES, afterDrop.step().rearrangement());
        placing.signInStaff(a, a.coordinator());
        asCoordinator.call(() -> calendar.change(new PlacementChange(lena.placementId(), p1,
                List.of(a.otherAttending().id(), a.attending().id()))));
        assertEquals(afterDrop.counts(), told(lena).counts(), "the same period and attendings again: no news");
        placing.signInStaff(a, a.coordinator());
        assertEquals("calendar.noPeriodOnDay", coordinatorRefused(() -> calendar.moveTo(lena.placementId(),
                START.plusDays(200))));
        assertEquals(List.of(p1, p2, p3), asCoordinator.call(() -> calendar.periodsFor(omar.placementId())).stream()
                .map(PeriodSlot::periodId).toList(), "where a placement may go");
    }

    @Test
    void anAttendingWhoWouldSuperviseMoreExternsAtOnceThanTheHospitalAllowsIsRefused() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        ExternshipSummary wards = threePeriods(a);
        Placed lena = placing.placeIn(a, "Lena Petrova", period(wards, 0), wards.title(), List.of(a.attending()));
        Placed omar = placing.placeIn(a, "Omar Haddad", period(wards, 2), wards.title(), List.of(a.attending()));
        Placed ada = placing.placeIn(a, "Ada Obi", period(wards, 0), wards.title(), List.of(a.otherAttending()));

        Told adaBefore = told(ada);
        Told omarBefore = told(omar);
        placing.signInStaff(a, a.coordinator());
        assertEquals(null, asCoordinator.call(() -> calendar.supervisionLimit()), "no limit at first");
        assertThrows(InvalidInputException.class, () -> asCoordinator.call(() -> calendar.limitSupervision(0)));
        assertEquals(1, asCoordinator.call(() -> calendar.limitSupervision(1)));
        CalendarSetup setup = asCoordinator.call(() -> calendar.setup(CalendarRange.of(START, START.plusDays(41))));
        assertEquals(1, setup.supervisionLimit(), "the calendar's page reads the limit with its filters");
        assertTrue(setup.externships().stream().anyMatch(e -> e.id() == wards.id()), "the hospital's externship");
        assertTrue(setup.attendings().stream().anyMatch(s -> s.staffMemberId() == a.otherAttending().id()));
        assertEquals(List.of(lena.placementId(), ada.placementId()), setup.opening().placements().stream()
                .map(PlacementSlot::placementId).sorted().toList(), "and the placements of the days it opens on");
        NotAllowedException tooMany = assertThrows(NotAllowedException.class, () -> asCoordinator.call(
                () -> placements.assignAttendings(ada.placementId(), List.of(a.attending().id()))));
        assertEquals("calendar.attendingFull", tooMany.messageKey());
        assertEquals(List.of(a.attending().fullName(), 2, START, 1), Arrays.asList(tooMany.arguments()));
        assertEquals(List.of(a.otherAttending().fullName()), names(slot(a, ada)), "nothing changed");
        assertEquals("calendar.attendingFull", coordinatorRefused(() -> calendar.change(new PlacementChange(omar.placementId(),
                period(wards, 0), List.of(a.attending().id())))), "a move into the same days as Lena");
        assertEquals(period(wards, 2), slot(a, omar).periodId(), "Omar stays");
        assertEquals(Map.of(period(wards, 0), 0, period(wards, 1), 1, period(wards, 2), 0), seatsLeft(a),
                "and so do the seats");

        assertEquals(adaBefore.counts(), told(ada).counts(), "a refused change of attendings tells nobody");
        assertEquals(omarBefore.counts(), told(omar).counts(), "nor does a refused move");

        placing.signInStaff(a, a.coordinator());
        assertEquals(null, asCoordinator.call(() -> calendar.limitSupervision(null)), "the limit lifted");
        asCoordinator.call(() -> placements.assignAttendings(ada.placementId(), List.of(a.attending().id())));
        assertEquals(List.of(a.attending().fullName()), names(slot(a, ada)));
        Told adaAfter = told(ada);
        assertEquals(List.of(adaBefore.notifications() + 1, adaBefore.mails() + 1, adaBefore.timeline() + 1),
                List.of(adaAfter.notifications(), adaAfter.mails(), adaAfter.timeline()));
        assertEquals(List.of(Rearrangement.ATTENDINGS, a.attending().fullName()),
                Arrays.asList(adaAfter.latest().rearrangement(), adaAfter.latest().attendings()));
        assertFalse(adaAfter.latest().datesChanged());
        assertEquals("Who supervises your placement at " + a.hospital().name(), adaAfter.mail().subject());
        assertTrue(adaAfter.mail().body().contains("Supervising you from now on: " + a.attending().fullName() + "."),
                adaAfter.mail().body());
        assertFalse(adaAfter.mail().body().contains("now runs from"), "the dates did not change");
        assertEquals(List.of(Rearrangement.ATTENDINGS, a.attending().fullName(), a.coordinator().fullName()),
                Arrays.asList(adaAfter.step().rearrangement(), adaAfter.step().attendings(),
                        adaAfter.step().actorName()));
        placing.signInStaff(a, a.coordinator());
        assertEquals(2, asCoordinator.call(() -> calendar.limitSupervision(2)));
        asCoordinator.call(() -> placements.assignAttendings(ada.placementId(),
                List.of(a.attending().id(), a.otherAttending().id())));
        assertEquals(2, slot(a, ada).attendings().size(), "two at once are allowed now");
    }

    @Test
    void aPlacementThatStartedOrEndedStaysAndNoPlacementMovesIntoAPeriodThatBegan() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        ExternshipSummary wards = threePeriods(a);
        Placed lena = placing.placeIn(a, "Lena Petrova", period(wards, 0), wards.title(), List.of(a.attending()));
        Placed omar = placing.placeIn(a, "Omar Haddad", period(wards, 2), wards.title(), List.of(a.attending()));
        placing.signInStaff(a, a.coordinator());

        today(START);
        assertEquals("calendar.placementStarted", coordinatorRefused(() -> calendar.moveTo(lena.placementId(),
                START.plusDays(60))), "its first day");
        assertFalse(slot(a, lena).movable());
        today(START.plusDays(40));
        assertEquals("calendar.periodStarted", coordinatorRefused(() -> calendar.moveTo(omar.placementId(),
                START.plusDays(30))), "the second period began ten days ago");
        assertEquals(List.of(period(wards, 2)), asCoordinator.call(() -> calendar.periodsFor(omar.placementId()))
                .stream().map(PeriodSlot::periodId).toList(), "only periods ahead are offered");
        today(START.plusDays(30));
        assertEquals("calendar.placementEnded", coordinatorRefused(() -> calendar.change(new PlacementChange(
                lena.placementId(), period(wards, 2), List.of()))));
        today(null);
        assertEquals(period(wards, 0), slot(a, lena).periodId());
        assertEquals(Map.of(period(wards, 0), 1, period(wards, 1), 1, period(wards, 2), 0), seatsLeft(a));
    }

    @Test
    void anotherHospitalsPlacementsPeriodsAndAttendingsAreNotFoundAndOnlyCoordinatorsMove() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        ExternshipSummary wardsA = threePeriods(a);
        ExternshipSummary wardsB = threePeriods(b);
        Placed lena = placing.placeIn(a, "Lena Petrova", period(wardsA, 0), wardsA.title(), List.of(a.attending()));
        Placed omar = placing.placeIn(b, "Omar Haddad", period(wardsB, 0), wardsB.title(), List.of(b.attending()));

        placing.signInStaff(b, b.coordinator());
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> calendar.change(new PlacementChange(
                lena.placementId(), period(wardsA, 1), List.of()))), "a's placement");
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> calendar.moveTo(lena.placementId(),
                START.plusDays(30))));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> calendar.periodsFor(
                lena.placementId())));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> calendar.change(new PlacementChange(
                omar.placementId(), period(wardsA, 1), List.of()))), "a's period for b's placement");
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> calendar.change(new PlacementChange(
                omar.placementId(), period(wardsB, 1), List.of(a.attending().id())))), "a's attending");
        CalendarSpan seenByB = asCoordinator.call(() -> calendar.hospital(CalendarRange.of(START, START.plusDays(41))));
        assertEquals(List.of("Omar Haddad"), seenByB.placements().stream().map(PlacementSlot::studentName).toList());
        assertTrue(seenByB.periods().stream().allMatch(p -> p.externshipId() == wardsB.id()));
        assertFalse(asCoordinator.call(() -> files.hospital()).contains("Lena Petrova"));

        placing.signInStaff(a, a.coordinator());
        assertEquals(period(wardsA, 0), slot(a, lena).periodId(), "nothing moved");
        placing.signInStaff(a, a.attending());
        assertThrows(EJBAccessException.class, () -> asAttending.call(() -> calendar.change(new PlacementChange(
                lena.placementId(), period(wardsA, 1), List.of()))));
        assertThrows(EJBAccessException.class, () -> asAttending.call(() -> calendar.moveTo(lena.placementId(),
                START.plusDays(30))));
        assertThrows(EJBAccessException.class, () -> asAttending.call(() -> placements.move(lena.placementId(),
                period(wardsA, 1))));
        CalendarSpan mine = asAttending.call(() -> calendar.supervised(CalendarRange.of(START, START.plusDays(41))));
        assertEquals(List.of("Lena Petrova"), mine.placements().stream().map(PlacementSlot::studentName).toList());
        assertFalse(mine.placements().get(0).movable(), "the attending's calendar is read-only");
        placing.signInStaff(a, a.otherAttending());
        assertEquals(List.of(), asAttending.call(() -> calendar.supervised(CalendarRange.of(START,
                START.plusDays(41)))).placements(), "a colleague supervises nobody here");
        placing.signInStudent(lena.student(), lena.name());
        assertThrows(EJBAccessException.class, () -> asStudent.call(() -> calendar.moveTo(lena.placementId(),
                START.plusDays(30))));
        assertThrows(EJBAccessException.class, () -> asStudent.call(() -> files.hospital()));
        placing.signInStaff(a, a.coordinator());
        assertEquals(period(wardsA, 0), slot(a, lena).periodId(), "still nothing moved");
        assertThrows(InvalidInputException.class, () -> asCoordinator.call(() -> calendar.hospital(
                CalendarRange.of(START, START.plusDays(200)))), "a screenful at most");
    }

    @Test
    void theCalendarCostsTheSameStatementsForOnePlacementAsForMany() throws Exception {
        StaffedHospital small = data.staffedHospital("small");
        ExternshipSummary one = threePeriods(small);
        placing.placeIn(small, "Lena Petrova", period(one, 0), one.title(), List.of(small.attending()));
        StaffedHospital large = data.staffedHospital("large");
        ExternshipSummary many = placing.externship(large, List.of(new PeriodDraft(START, START.plusDays(27), 6),
                new PeriodDraft(START.plusDays(28), START.plusDays(55), 6)));
        for (String name : List.of("Omar Haddad", "Ada Obi", "Priya Raman", "Chen Wei")) {
            placing.placeIn(large, name, period(many, name.length() % 2), many.title(),
                    List.of(large.attending(), large.otherAttending()));
        }
        placing.placeIn(large, "Sam Lee", period(many, 0), many.title(), List.of());
        CalendarRange month = CalendarRange.of(START.minusDays(3), START.plusDays(38));
        placing.signInStaff(small, small.coordinator());
        long forSmall = statementsOf(() -> asCoordinator.call(() -> calendar.hospital(month)));
        placing.signInStaff(large, large.coordinator());
        long forLarge = statementsOf(() -> asCoordinator.call(() -> calendar.hospital(month)));
        List<PlacementSlot> placed = asCoordinator.call(() -> calendar.hospital(month)).placements();
        assertEquals(5, placed.size(), "with Sam, whom nobody supervises yet");
        assertEquals(List.of(0, 2, 2, 2, 2), placed.stream().map(p -> p.attendings().size()).sorted().toList(),
                "each with both attendings, once; Sam with none");
        assertEquals(3, forSmall, "periods, placements, their attendings");
        assertEquals(forSmall, forLarge, "1 placement or 5: the same statements");
        assertEquals(forSmall + 3, statementsOf(() -> asCoordinator.call(() -> calendar.setup(month))),
                "the page's opening: its externships, attendings and limit, and its days");
        placing.signInStaff(small, small.coordinator());
        assertEquals(forSmall + 3, statementsOf(() -> asCoordinator.call(() -> calendar.setup(month))));
        placing.signInStaff(large, large.coordinator());
        assertEquals(forSmall, statementsOf(() -> asCoordinator.call(() -> calendar.hospital(new CalendarRange(
                month.from(), month.to(), many.id(), null)))), "narrowed to an externship too");
        assertEquals(2, statementsOf(() -> asCoordinator.call(() -> calendar.hospital(new CalendarRange(
                month.from(), month.to(), null, large.attending().id())))), "by attending: placements, attendings");
    }

    @Test
    void eachPersonDownloadsTheirOwnPlacementsAsICalendar() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        ExternshipSummary wards = threePeriods(a);
        Placed lena = placing.placeIn(a, "Lena Petrova", period(wards, 0), wards.title(), List.of(a.attending()));
        placing.placeIn(a, "Omar Haddad, Jr.", period(wards, 1), wards.title(), List.of(a.otherAttending()));

        placing.signInStaff(a, a.coordinator());
        String hospital = asCoordinator.call(() -> files.hospital());
        List<Map<String, String>> events = events(hospital);
        assertEquals(2, events.size());
        Map<String, String> lenas = events.get(0);
        assertEquals("Lena Petrova: " + wards.title(), lenas.get("SUMMARY"));
        assertEquals(START.toString().replace("-", ""), lenas.get("DTSTART;VALUE=DATE"));
        assertEquals(START.plusDays(28).toString().replace("-", ""), lenas.get("DTEND;VALUE=DATE"),
                "the day after the last");
        assertEquals("Supervising: " + a.attending().fullName(), lenas.get("DESCRIPTION"));
        assertTrue(lenas.get("DTSTAMP").matches("\\d{8}T\\d{6}Z"));
        assertEquals("Omar Haddad\\, Jr.: " + wards.title(), events.get(1).get("SUMMARY"), "escaped");
        assertEquals(uids(hospital), uids(asCoordinator.call(() -> files.hospital())), "stable UIDs");

        placing.signInStaff(a, a.attending());
        String attending = asAttending.call(() -> files.supervised());
        assertEquals(List.of("Lena Petrova: " + wards.title()), events(attending).stream()
                .map(e -> e.get("SUMMARY")).toList(), "only the externs they supervise");
        assertEquals(uids(attending).get(0), lenas.get("UID"), "the same event in every calendar");

        placing.signInStudent(lena.student(), lena.name());
        String student = asStudent.call(() -> files.mine());
        List<Map<String, String>> own = events(student);
        assertEquals(1, own.size());
        assertEquals(lenas.get("UID"), own.get(0).get("UID"));
        assertEquals(lenas.get("DTEND;VALUE=DATE"), own.get(0).get("DTEND;VALUE=DATE"));
        assertTrue(own.get(0).get("SUMMARY").startsWith(wards.title() + " at "));
    }

    @Inject
    Notifications notifications;

    @Inject
    ApplicationReview review;

    /**
     * What the student of {@code placed} has been told of their placement's changes and its timeline, as they see
     * them: the notifications, the e-mails, the application's timeline.
     */
    private Told told(Placed placed) throws Exception {
        placing.signInStudent(placed.student(), placed.name());
        List<NotificationDto> rearranged = asStudent.call(notifications::latest).stream()
                .filter(n -> n.applicationId() == placed.applicationId() && n.placementRearranged()).toList();
        List<TimelineEntry> timeline = asStudent.call(() -> myApplications.application(placed.applicationId()))
                .timeline();
        return new Told(rearranged, mails.to(placed.email()), timeline);
    }

    private record Told(List<NotificationDto> rearranged, List<Mail> sent, List<TimelineEntry> steps) {

        int notifications() {
            return rearranged.size();
        }

        int mails() {
            return sent.size();
        }

        int timeline() {
            return steps.size();
        }

        List<Integer> counts() {
            return List.of(notifications(), mails(), timeline());
        }

        NotificationDto latest() {
            return rearranged.get(0);
        }

        Mail mail() {
            return sent.get(sent.size() - 1);
        }

        TimelineEntry step() {
            return steps.get(steps.size() - 1);
        }
    }

    private static String longDate(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.US).format(day);
    }

    /** Each VEVENT's properties, unfolded, by name (with parameters). */
    private static List<Map<String, String>> events(String ics) {
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"));
        String unfolded = ics.replace("\r\n ", "");
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> event = null;
        for (String line : unfolded.split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                event = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(event);
                event = null;
            } else if (event != null) {
                int colon = line.indexOf(':');
                event.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return events;
    }

    private static List<String> uids(String ics) {
        return events(ics).stream().map(e -> e.get("UID")).toList();
    }

    private ExternshipSummary threePeriods(StaffedHospital hospital) throws Exception {
        return placing.externship(hospital, List.of(new PeriodDraft(START, START.plusDays(27), 2),
                new PeriodDraft(START.plusDays(28), START.plusDays(55), 1),
                new PeriodDraft(START.plusDays(56), START.plusDays(83), 1)));
    }

    private static long period(ExternshipSummary externship, int index) {
        return externship.periods().stream().sorted((x, y) -> x.startDate().compareTo(y.startDate()))
                .toList().get(index).id();
    }

    /** Seats left by period of the signed-in coordinator's externships, as the portal keeps them. */
    private Map<Long, Integer> seatsLeft(StaffedHospital hospital) throws Exception {
        placing.signInStaff(hospital, hospital.coordinator());
        return asCoordinator.call(() -> externships.mine()).stream().flatMap(e -> e.periods().stream())
                .collect(Collectors.toMap(ExternshipSummary.Period::id, ExternshipSummary.Period::seatsLeft));
    }

    /** The placement as the coordinator's calendar shows it (the range holds all three periods). */
    private PlacementSlot slot(StaffedHospital hospital, Placed placed) throws Exception {
        placing.signInStaff(hospital, hospital.coordinator());
        return asCoordinator.call(() -> calendar.hospital(CalendarRange.of(START.minusDays(1), START.plusDays(60))))
                .placements().stream().filter(p -> p.placementId() == placed.placementId()).findFirst().orElseThrow();
    }

    private static List<String> names(PlacementSlot slot) {
        return slot.attendings().stream().map(PlacementDto.Supervisor::name).toList();
    }

    private String coordinatorRefused(Callable<?> call) {
        return assertThrows(NotAllowedException.class, () -> asCoordinator.call(call)).messageKey();
    }

    private static long statementsOf(Callable<?> page) throws Exception {
        long before = SqlStatements.byThisThread();
        page.call();
        return SqlStatements.byThisThread() - before;
    }
}

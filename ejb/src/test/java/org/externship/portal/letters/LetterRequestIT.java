package org.externship.portal.letters;

import jakarta.inject.Inject;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.learninglog.boundary.EntryCommand;
import org.externship.portal.learninglog.boundary.EntryDto;
import org.externship.portal.learninglog.boundary.IdentifiersFoundException;
import org.externship.portal.learninglog.boundary.LearningLog;
import org.externship.portal.learninglog.entity.EntryKind;
import org.externship.portal.learninglog.entity.Involvement;
import org.externship.portal.letters.boundary.AskCommand;
import org.externship.portal.letters.boundary.AskableAttending;
import org.externship.portal.letters.boundary.LetterAnswers;
import org.externship.portal.letters.boundary.LetterRequestDto;
import org.externship.portal.letters.boundary.LetterRequests;
import org.externship.portal.letters.boundary.LetterRules;
import org.externship.portal.letters.boundary.LetterSettings;
import org.externship.portal.letters.boundary.WordingFlaggedException;
import org.externship.portal.letters.control.Addressee;
import org.externship.portal.letters.control.AskingWindow;
import org.externship.portal.letters.control.LetterFollowUps;
import org.externship.portal.letters.entity.RequestStatus;
import org.externship.portal.passport.boundary.Passports;
import org.externship.portal.passport.control.SampleFiles;
import org.externship.portal.passport.entity.DocumentKind;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.PortalClock;
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

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, asking for a letter: only an attending who supervised the placement, only late (the final week up to a
 * year after), one open request per attending, in a professional tone and with fair notice; the attending accepts or
 * declines, perhaps suggesting a colleague, whom the student may then ask at once; nobody else sees or answers a
 * request. Then the polite follow-ups: an attending who accepts gets at most three reminders (two weeks, one week and
 * two days before the due date, 09:00 in their working hours), each once however often the job runs, one that fell
 * due at night waits for the morning; a student's nudge waits a week after the last contact, goes out only in the
 * attending's working hours, and at most once a week (the attending's hours are the default: Monday to Friday, 08:00
 * to 18:00, America/New_York). The calendar is the test's (PortalClock), never waited for. H2 and PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class LetterRequestIT {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Inject
    TestData data;

    @Inject
    PlacedStudents placing;

    @Inject
    LetterRequests requests;

    @Inject
    LetterAnswers answers;

    @Inject
    MyPlacements myPlacements;

    @Inject
    PortalClock clock;

    @Inject
    AsStudent asStudent;

    @Inject
    AsAttending asAttending;

    @Inject
    AsCoordinator asCoordinator;

    @Inject
    LetterSettings settings;

    @Inject
    Passports passports;

    @Inject
    LearningLog log;

    @Inject
    LetterFollowUps followUps;

    @Inject
    LetterAsking asking;

    @AfterEach
    void systemClock() {
        clock.use(null);
    }

    @Test
    void aStudentAsksLateOncePerAttendingAndInAProfessionalTone() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending(), a.otherAttending()));
        LocalDate lastDay = lastDay(lena);

        today(lastDay.minusDays(10));
        NotAllowedException early = assertThrows(NotAllowedException.class,
                () -> asStudent.call(() -> requests.ask(polite(lena, a.attending(), null))));
        assertEquals("letters.notYet", early.messageKey());
        assertEquals(lastDay.minusDays(7), early.arguments()[0], "the page says when asking opens");

        today(lastDay.minusDays(2));
        WordingFlaggedException flagged = assertThrows(WordingFlaggedException.class,
                () -> asStudent.call(() -> requests.ask(new AskCommand(lena.applicationId(), a.attending().id(),
                        "Hi " + Addressee.of(a.attending().fullName()).firstName()
                                + ", could u write me a strong letter? 🙏", lastDay.plusDays(7), true))));
        assertEquals(4, flagged.findingsByField().get("message").size(), flagged.findingsByField().toString());
        assertTrue(flagged.findingsByField().get("message").get(0).contains(
                Addressee.of(a.attending().fullName()).salutation()), "a better wording, addressed to them");
        assertTrue(flagged.findingsByField().get("wantedBy").get(0).contains("four weeks"));
        assertEquals(List.of(), asStudent.call(requests::mine), "nothing was sent");

        LetterRequestDto asked = asStudent.call(() -> requests.ask(polite(lena, a.attending(),
                lastDay.plusWeeks(6))));
        assertEquals(RequestStatus.REQUESTED, asked.status());
        assertTrue(asked.waived(), "waived, as programs expect");
        assertEquals(a.attending().fullName(), asked.attendingName());
        NotAllowedException twice = assertThrows(NotAllowedException.class,
                () -> asStudent.call(() -> requests.ask(polite(lena, a.attending(), null))));
        assertEquals("letters.alreadyAsked", twice.messageKey());
        asStudent.call(() -> requests.ask(polite(lena, a.otherAttending(), null)));
        assertEquals(2, asStudent.call(requests::mine).size(), "one open request per attending");

        today(lastDay.plusMonths(12).plusDays(1));
        NotAllowedException late = assertThrows(NotAllowedException.class,
                () -> asStudent.call(() -> requests.ask(polite(lena, a.attending(), null))));
        assertEquals("letters.closed", late.messageKey());

        placing.signInStudent(placing.newStudent("Another student"), "Another student");
        today(lastDay);
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> requests.ask(polite(lena,
                a.attending(), null))), "another student's placement is not found");
        assertEquals(List.of(), asStudent.call(requests::mine));
    }

    @Test
    void theAttendingDeclinesSuggestingAColleagueWhomTheStudentAsksAtOnce() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        LocalDate lastDay = lastDay(lena);
        today(lastDay);
        LetterRequestDto asked = asStudent.call(() -> requests.ask(polite(lena, a.attending(), null)));
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> requests.ask(polite(lena,
                a.otherAttending(), null))), "not a supervisor of hers, nor suggested");

        placing.signInStaff(b, b.attending());
        assertEquals(List.of(), asAttending.call(answers::waiting), "another hospital's attending sees nothing");
        assertThrows(NotFoundException.class, () -> asAttending.call(() -> answers.accept(asked.id(), lastDay)));
        placing.signInStaff(a, a.otherAttending());
        assertEquals(List.of(), asAttending.call(answers::waiting), "a colleague sees only what names them");
        placing.signInStaff(a, a.attending());
        assertEquals(List.of(asked.id()), asAttending.call(answers::waiting).stream().map(LetterRequestDto::id)
                .toList());
        LetterRequestDto declined = asAttending.call(() -> answers.decline(asked.id(), a.otherAttending().id()));
        assertEquals(RequestStatus.DECLINED, declined.status());
        assertEquals(List.of(), asAttending.call(answers::waiting));

        placing.signInStudent(lena.student(), lena.name());
        LetterRequestDto seen = asStudent.call(requests::mine).get(0);
        assertEquals(RequestStatus.DECLINED, seen.status());
        assertEquals(a.otherAttending().fullName(), seen.suggestedName());
        today(lastDay.plusMonths(13));
        LetterRequestDto second = asStudent.call(() -> requests.ask(polite(lena, a.otherAttending(), null)));
        assertEquals(a.otherAttending().fullName(), second.attendingName(), "asked at once, window or not");

        placing.signInStaff(a, a.otherAttending());
        LetterRequestDto accepted = asAttending.call(() -> answers.accept(second.id(), clock.today().plusWeeks(4)));
        assertEquals(RequestStatus.ACCEPTED, accepted.status());
        assertEquals(clock.today().plusWeeks(4), accepted.dueDate());
    }

    @Test
    void theHospitalSetsTheWindowAndTheNoticeAndTheStudentSeesWhomTheyMayAsk() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        LocalDate lastDay = lastDay(lena);
        today(lastDay.minusDays(10));
        List<AskableAttending> early = asStudent.call(requests::askable);
        assertEquals(List.of(a.attending().id()), early.stream().map(AskableAttending::attendingId).toList());
        assertEquals(new AskingWindow.Status(AskingWindow.State.NOT_YET, lastDay.minusDays(7),
                lastDay.plusMonths(12)), early.get(0).window());
        assertFalse(early.get(0).canAsk());
        assertEquals("Dear Dr. " + Addressee.of(a.attending().fullName()).lastName() + ",",
                early.get(0).salutation());

        placing.signInStaff(a, a.coordinator());
        InvalidInputException outOfRange = assertThrows(InvalidInputException.class,
                () -> asCoordinator.call(() -> settings.change(new LetterRules(57, 0, 13))));
        assertEquals(Set.of("opensDaysBeforeEnd", "closesMonthsAfter", "noticeWeeks"), outOfRange.violations()
                .stream().map(v -> v.getPropertyPath().toString().replaceAll(".*\\.", "")).collect(Collectors.toSet()));
        assertEquals(LetterRules.DEFAULT, asCoordinator.call(settings::rules), "nothing was changed");
        asCoordinator.call(() -> settings.change(new LetterRules(14, 6, 6)));

        placing.signInStudent(lena.student(), lena.name());
        AskableAttending open = asStudent.call(requests::askable).get(0);
        assertEquals(new AskingWindow.Status(AskingWindow.State.OPEN, lastDay.minusDays(14), lastDay.plusMonths(6)),
                open.window(), "the hospital's window");
        assertTrue(open.canAsk());
        WordingFlaggedException soon = assertThrows(WordingFlaggedException.class, () -> asStudent.call(
                () -> requests.ask(polite(lena, a.attending(), clock.today().plusWeeks(5)))));
        assertEquals(Set.of("wantedBy"), soon.findingsByField().keySet(), "the hospital's six weeks' notice");
        asStudent.call(() -> requests.ask(polite(lena, a.attending(), clock.today().plusWeeks(6))));
        AskableAttending asked = asStudent.call(requests::askable).get(0);
        assertEquals(RequestStatus.REQUESTED, asked.request().status());
        assertFalse(asked.canAsk(), "asked once");

        placing.signInStaff(a, a.attending());
        asAttending.call(() -> answers.decline(asked.request().id(), null));
        placing.signInStudent(lena.student(), lena.name());
        assertTrue(asStudent.call(requests::askable).get(0).isDeclined());
        NotAllowedException again = assertThrows(NotAllowedException.class,
                () -> asStudent.call(() -> requests.ask(polite(lena, a.attending(), null))));
        assertEquals("letters.declinedBefore", again.messageKey(), "no is an answer");

        today(lastDay.plusMonths(6).plusDays(1));
        assertEquals(AskingWindow.State.CLOSED, asStudent.call(requests::askable).get(0).window().state());
    }

    @Test
    void theRequestCarriesAPacketOfTheStudentsOwnEntriesThatOnlyItsAttendingReads() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        placing.signInStudent(lena.student(), lena.name());
        EntryDto ofPlacement = asStudent.call(() -> log.record(new EntryCommand(EntryKind.CASE, LocalDate.now(),
                null, "Community-acquired pneumonia", Involvement.PRESENTED, null,
                "Started ceftriaxone after a CURB-65 of 2.", null, lena.applicationId(), a.attending().id())));
        EntryDto outside = asStudent.call(() -> log.record(new EntryCommand(EntryKind.TEACHING, LocalDate.now(),
                null, "ECG webinar", null, null, "Axis and bundle branch blocks.", null, null, null)));
        today(lastDay(lena));

        assertThrows(NotFoundException.class, () -> asStudent.call(() -> requests.ask(packed(lena, a.attending(),
                "I hope to train in internal medicine.", List.of(outside.id())))), "an entry of no placement");
        IdentifiersFoundException named = assertThrows(IdentifiersFoundException.class, () -> asStudent.call(
                () -> requests.ask(packed(lena, a.attending(), "Mr. Jones in bed 4 taught me humility.",
                        List.of(ofPlacement.id())))));
        assertEquals(Set.of("goals"), named.findingsByField().keySet(), "the statement is checked too");
        NotAllowedException noCv = assertThrows(NotAllowedException.class, () -> asStudent.call(() -> requests.ask(
                withCv(packed(lena, a.attending(), "I hope to train in internal medicine.", List.of())))));
        assertEquals("letters.packet.noCv", noCv.messageKey(), "a CV the passport does not have");
        byte[] cv = SampleFiles.pdf("Curriculum vitae of Lena Petrova");
        asStudent.call(() -> passports.upload(DocumentKind.CV, null, "cv.pdf", cv));
        LetterRequestDto asked = asStudent.call(() -> requests.ask(withCv(packed(lena, a.attending(),
                "I hope to train in internal medicine.", List.of(ofPlacement.id())))));
        assertTrue(asked.cvIncluded());
        assertEquals("Internal medicine, Family medicine", asked.targetSpecialties());
        assertEquals(List.of(ofPlacement.id()), asked.highlightedEntries());
        assertEquals(false, asStudent.call(() -> requests.waive(asked.id(), false)).waived(),
                "the waiver may change until the letter is written");

        placing.signInStaff(a, a.attending());
        assertEquals(List.of("Community-acquired pneumonia"), asAttending.call(() -> answers.highlighted(asked.id()))
                .stream().map(EntryDto::topic).toList(), "the attending reads the highlighted entry");
        assertArrayEquals(cv, asAttending.call(() -> answers.cv(asked.id())).content(), "and the CV");
        placing.signInStaff(a, a.otherAttending());
        assertThrows(NotFoundException.class, () -> asAttending.call(() -> answers.highlighted(asked.id())),
                "a colleague the request does not name");
        assertThrows(NotFoundException.class, () -> asAttending.call(() -> answers.cv(asked.id())),
                "nor the CV");
    }

    /**
     * People (issue 10): an attending the hospital deactivated is not offered to ask and a request to them is refused
     * with the reason, even posted by their id (a supervisor or a colleague a declining attending suggested); a
     * request the student made before stays as it was and says that it will not reach them, takes no nudge, and no
     * reminder is mailed to them until they are reactivated. An attending still there is asked as before.
     */
    @Test
    void anAttendingWhoNoLongerWorksWithTheHospitalIsNeitherAskedNorNudgedNorReminded() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending(), a.otherAttending()));
        StaffMember colleague = data.staff(a.alias(), StaffRole.ATTENDING, "Dr. Ruth Colleague");
        LetterRequestDto pending = asking.accepted(a, lena, true);
        placing.signInStudent(lena.student(), lena.name());
        LetterRequestDto toOther = asStudent.call(() -> requests.ask(polite(lena, a.otherAttending(), null)));
        placing.signInStaff(a, a.otherAttending());
        asAttending.call(() -> answers.decline(toOther.id(), colleague.id()));

        data.deactivate(a.alias(), a.attending().id());
        data.deactivate(a.alias(), colleague.id());

        placing.signInStudent(lena.student(), lena.name());
        List<AskableAttending> askable = asStudent.call(requests::askable);
        AskableAttending left = only(askable, a.attending());
        assertFalse(left.active());
        assertTrue(left.isOutOfReach(), "the student is told that their request will not reach them");
        assertEquals(RequestStatus.ACCEPTED, left.request().status(), "the request stays as it was");
        assertFalse(left.nudgeable(clock.now().plus(Duration.ofDays(30))), "no reminder to offer, ever");
        AskableAttending suggested = only(askable, colleague);
        assertFalse(suggested.canAsk(), "not offered, though suggested");
        assertTrue(suggested.isOutOfReach());
        AskableAttending declined = only(askable, a.otherAttending());
        assertTrue(declined.active());
        assertFalse(declined.isOutOfReach(), "still at the hospital: their answer stands");

        String hospitalName = a.hospital().name();
        for (StaffMember gone : List.of(colleague, a.attending())) {
            NotAllowedException refused = assertThrows(NotAllowedException.class,
                    () -> asStudent.call(() -> requests.ask(polite(lena, gone, null))), gone.fullName());
            assertEquals("letters.attendingGone", refused.messageKey());
            assertArrayEquals(new Object[]{gone.fullName(), hospitalName}, refused.arguments());
        }
        NotAllowedException nudge = assertThrows(NotAllowedException.class,
                () -> asStudent.call(() -> requests.nudge(pending.id())));
        assertEquals("letters.nudge.attendingGone", nudge.messageKey());
        assertEquals(Set.of(RequestStatus.DECLINED, RequestStatus.ACCEPTED), asStudent.call(requests::mine).stream()
                .map(LetterRequestDto::status).collect(Collectors.toSet()), "nothing was asked, changed or removed");
        assertEquals(2, asStudent.call(requests::mine).size());

        Instant firstReminder = attendingView(a, pending.id()).nextReminderAt();
        assertEquals(0, remindersAfterRun(a, pending.id(), firstReminder.plus(Duration.ofMinutes(5))),
                "a deactivated attending is not mailed");
        data.reactivate(a.alias(), a.attending().id());
        assertEquals(1, remindersAfterRun(a, pending.id(), firstReminder.plus(Duration.ofMinutes(10))),
                "reactivated, the reminder goes out");
    }

    private static AskableAttending only(List<AskableAttending> askable, StaffMember attending) {
        List<AskableAttending> found = askable.stream().filter(x -> x.attendingId() == attending.id()).toList();
        assertEquals(1, found.size(), attending.fullName() + " in " + askable);
        return found.get(0);
    }

    private static AskCommand packed(Placed placed, StaffMember attending, String goals, List<Long> entries) {
        AskCommand polite = polite(placed, attending, null);
        return new AskCommand(polite.applicationId(), polite.attendingId(), polite.message(), null, true,
                "Internal medicine, Family medicine", goals, entries, false);
    }

    private static AskCommand withCv(AskCommand command) {
        return new AskCommand(command.applicationId(), command.attendingId(), command.message(), command.wantedBy(),
                command.waived(), command.targetSpecialties(), command.goals(), command.highlightedEntries(), true);
    }

    private LocalDate lastDay(Placed placed) throws Exception {
        placing.signInStudent(placed.student(), placed.name());
        return asStudent.call(() -> myPlacements.ofApplication(placed.applicationId())).orElseThrow().endDate();
    }

    private void today(LocalDate day) {
        clock.use(Clock.fixed(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
    }

    private static AskCommand polite(Placed placed, StaffMember attending, LocalDate wantedBy) {
        return new AskCommand(placed.applicationId(), attending.id(), Addressee.of(attending.fullName()).salutation()
                + "\n\nThank you for supervising me these four weeks. I am applying to internal medicine programs "
                + "this fall. Do you feel you know my work well enough to write a supportive letter for me? If not, "
                + "I fully understand.\n\nWith thanks,\n" + placed.name(), wantedBy, true);
    }

    @Test
    void threeRemindersAtMostEachOnceAndNeverAtNight() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        LetterRequestDto asked = asking.asked(a, lena, true);
        // accepted on a Monday at 10:00 in New York, due four weeks later (a Monday)
        LocalDate monday = LocalDate.now(NEW_YORK).plusYears(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate due = monday.plusWeeks(4);
        at(monday, 10, 0);
        placing.signInStaff(a, a.attending());
        LetterRequestDto accepted = asAttending.call(() -> answers.accept(asked.id(), due));
        assertEquals(newYork(due.minusDays(14), 9, 0), accepted.nextReminderAt(), "two weeks before, at 09:00");

        assertEquals(0, remindersAfterRun(a, asked.id(), monday.plusDays(1), 12, 0), "nothing due yet");
        assertEquals(1, remindersAfterRun(a, asked.id(), due.minusDays(14), 9, 5), "the first");
        assertEquals(1, remindersAfterRun(a, asked.id(), due.minusDays(14), 9, 15), "sent once, however often");
        // the second falls due at 09:00 a week before; the portal was down until 19:30: it waits for the morning
        assertEquals(1, remindersAfterRun(a, asked.id(), due.minusDays(7), 19, 30), "not in the evening");
        assertEquals(newYork(due.minusDays(6), 8, 0), attendingView(a, asked.id()).nextReminderAt(),
                "moved to the next opening");
        assertEquals(2, remindersAfterRun(a, asked.id(), due.minusDays(6), 8, 0), "the second, in the morning");
        // two days before the due date is a Saturday: the third waits for the next working day, the due date
        assertEquals(2, remindersAfterRun(a, asked.id(), due.minusDays(2), 9, 0), "not on a Saturday");
        assertEquals(3, remindersAfterRun(a, asked.id(), due, 9, 0), "the third, on Monday morning");
        assertNull(attendingView(a, asked.id()).nextReminderAt(), "no fourth");
        assertEquals(3, remindersAfterRun(a, asked.id(), due.plusDays(3), 9, 0), "never more than three");
    }

    @Test
    void aNudgeWaitsAWeekGoesOutInWorkingHoursAndComesOnceAWeek() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        LetterRequestDto asked = asking.asked(a, lena, true);
        Instant askedAt = asked.askedAt();

        placing.signInStudent(lena.student(), lena.name());
        NotAllowedException early = assertThrows(NotAllowedException.class,
                () -> asStudent.call(() -> requests.nudge(asked.id())));
        assertEquals("letters.nudge.tooSoon", early.messageKey(), "not in the week after asking");
        assertEquals(askedAt.plus(Duration.ofDays(7)), early.arguments()[0]);

        // a Saturday night, more than a week after asking
        LocalDate saturday = LocalDate.ofInstant(askedAt, NEW_YORK).plusDays(8).with(
                TemporalAdjusters.next(DayOfWeek.SATURDAY));
        at(saturday, 23, 0);
        placing.signInStudent(lena.student(), lena.name());
        LetterRequestDto nudged = asStudent.call(() -> requests.nudge(asked.id()));
        assertTrue(nudged.nudgePending());
        runJob();
        assertTrue(studentView(lena, asked.id()).nudgePending(), "not on a Saturday night");
        at(saturday.plusDays(2), 7, 55);
        runJob();
        assertTrue(studentView(lena, asked.id()).nudgePending(), "not before 08:00 on Monday");
        at(saturday.plusDays(2), 8, 0);
        runJob();
        assertEquals(false, studentView(lena, asked.id()).nudgePending(), "sent when the working day starts");

        at(saturday.plusDays(6), 10, 0);
        placing.signInStudent(lena.student(), lena.name());
        NotAllowedException again = assertThrows(NotAllowedException.class,
                () -> asStudent.call(() -> requests.nudge(asked.id())));
        assertEquals("letters.nudge.tooSoon", again.messageKey(), "once a week");
    }

    /** The reminders sent of request {@code id} after the job ran at {@code hour:minute} New York time. */
    private int remindersAfterRun(StaffedHospital hospital, long id, LocalDate day, int hour, int minute)
            throws Exception {
        at(day, hour, minute);
        runJob();
        return attendingView(hospital, id).remindersSent();
    }

    /** The reminders sent of request {@code id} after the job ran at {@code moment}. */
    private int remindersAfterRun(StaffedHospital hospital, long id, Instant moment) throws Exception {
        clock.use(Clock.fixed(moment, ZoneId.systemDefault()));
        runJob();
        return attendingView(hospital, id).remindersSent();
    }

    /** The job as its timer runs it: in no one's request. */
    private void runJob() {
        placing.signOut();
        followUps.run(clock.now());
    }

    private LetterRequestDto attendingView(StaffedHospital hospital, long id) throws Exception {
        placing.signInStaff(hospital, hospital.attending());
        return asAttending.call(answers::all).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private LetterRequestDto studentView(Placed placed, long id) throws Exception {
        placing.signInStudent(placed.student(), placed.name());
        return asStudent.call(requests::mine).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private void at(LocalDate day, int hour, int minute) {
        clock.use(Clock.fixed(newYork(day, hour, minute), ZoneId.systemDefault()));
    }

    private static Instant newYork(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(NEW_YORK).toInstant();
    }
}

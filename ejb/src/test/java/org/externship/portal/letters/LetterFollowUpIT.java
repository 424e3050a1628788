package org.externship.portal.letters;

import jakarta.inject.Inject;
import org.externship.portal.Deployments;
import org.externship.portal.letters.boundary.LetterAnswers;
import org.externship.portal.letters.boundary.LetterRequestDto;
import org.externship.portal.letters.boundary.LetterRequests;
import org.externship.portal.letters.control.LetterFollowUps;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.testing.AsAttending;
import org.externship.portal.testing.AsStudent;
import org.externship.portal.testing.LetterAsking;
import org.externship.portal.testing.PlacedStudents;
import org.externship.portal.testing.PlacedStudents.Placed;
import org.externship.portal.testing.StaffedHospital;
import org.externship.portal.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, polite follow-ups with a clock the test sets (never a sleep): an attending who accepts gets at most three
 * reminders (two weeks, one week and two days before the due date, 09:00 in their working hours), each once however
 * often the job runs, one that fell due at night waits for the morning; a student's nudge waits a week after the
 * last contact, goes out only in the attending's working hours, and at most once a week. The attending's hours are
 * the default (Monday to Friday, 08:00 to 18:00, America/New_York). H2 and PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class LetterFollowUpIT {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Deployment
    public static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    TestData data;

    @Inject
    PlacedStudents placing;

    @Inject
    LetterRequests requests;

    @Inject
    LetterAnswers answers;

    @Inject
    LetterFollowUps followUps;

    @Inject
    PortalClock clock;

    @Inject
    LetterAsking asking;

    @Inject
    AsStudent asStudent;

    @Inject
    AsAttending asAttending;

    @AfterEach
    void systemClock() {
        clock.use(null);
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

package org.externship.portal.letters.control;

import org.externship.portal.shared.control.ReminderPlan;
import org.externship.portal.shared.control.WorkingHours;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When the portal lets a student's messages and reminders reach staff: within the attending's working hours, a few
 * reminders before a letter's due date, a nudge a week, a few new threads. The clock is the instants each test names.
 */
class ContactRulesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** {@code local} (e.g. "2027-01-15T22:00") on the clock of {@code zone}. */
    private static Instant at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    // Working hours. The week of Monday, January 11, 2027: no zone changes its clocks.

    @ParameterizedTest
    @ValueSource(strings = {"America/New_York", "America/Los_Angeles", "Asia/Kolkata", "Europe/Berlin"})
    void quietHoursHoldAMessageUntilTheNextWorkingMorning(String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        WorkingHours hours = WorkingHours.in(zone);
        assertEquals(at("2027-01-18T08:00", zone), hours.nextOpening(at("2027-01-15T22:00", zone)),
                "Friday 22:00 waits for Monday 08:00");
        assertEquals(at("2027-01-18T08:00", zone), hours.nextOpening(at("2027-01-16T12:00", zone)),
                "Saturday noon waits for Monday");
        assertEquals(at("2027-01-18T08:00", zone), hours.nextOpening(at("2027-01-17T23:59", zone)));
        assertEquals(at("2027-01-12T08:00", zone), hours.nextOpening(at("2027-01-12T07:59", zone)),
                "Tuesday 07:59 waits a minute");
        assertEquals(at("2027-01-13T12:00", zone), hours.nextOpening(at("2027-01-13T12:00", zone)),
                "Wednesday noon goes at once");
        assertEquals(at("2027-01-13T08:00", zone), hours.nextOpening(at("2027-01-13T08:00", zone)));
        assertEquals(at("2027-01-13T17:59:59", zone), hours.nextOpening(at("2027-01-13T17:59:59", zone)));
        assertEquals(at("2027-01-14T08:00", zone), hours.nextOpening(at("2027-01-13T18:00", zone)),
                "the working day ends at 18:00");
        assertEquals(at("2027-01-14T08:00", zone), hours.nextOpening(at("2027-01-14T00:00", zone)));

        assertTrue(hours.contains(at("2027-01-13T12:00", zone)));
        assertFalse(hours.contains(at("2027-01-13T07:59:59", zone)));
        assertFalse(hours.contains(at("2027-01-13T18:00", zone)));
        assertFalse(hours.contains(at("2027-01-16T12:00", zone)), "Saturday");
    }

    @Test
    void theSameMomentIsWorkingHoursInOneZoneAndNightInAnother() {
        Instant wednesday = Instant.parse("2027-01-13T17:00:00Z");
        assertEquals(wednesday, WorkingHours.in(NEW_YORK).nextOpening(wednesday), "12:00 in New York");
        assertEquals(wednesday, WorkingHours.in(LOS_ANGELES).nextOpening(wednesday), "09:00 in Los Angeles");
        assertEquals(Instant.parse("2027-01-14T02:30:00Z"), WorkingHours.in(KOLKATA).nextOpening(wednesday),
                "22:30 in Kolkata: Thursday 08:00 IST");
        assertEquals(Instant.parse("2027-01-14T07:00:00Z"), WorkingHours.in(BERLIN).nextOpening(wednesday),
                "18:00 in Berlin: Thursday 08:00 CET");
    }

    @Test
    void aPersonSetsTheirOwnHoursAndDays() {
        WorkingHours hours = WorkingHours.in(BERLIN)
                .from(LocalTime.of(10, 0), LocalTime.of(16, 0))
                .on(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        assertEquals(Set.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), hours.days());
        assertEquals(at("2027-01-12T10:00", BERLIN), hours.nextOpening(at("2027-01-11T11:00", BERLIN)),
                "Monday is a day off");
        assertEquals(at("2027-01-12T10:00", BERLIN), hours.nextOpening(at("2027-01-12T09:59", BERLIN)));
        assertEquals(at("2027-01-12T10:00", BERLIN), hours.nextOpening(at("2027-01-12T10:00", BERLIN)));
        assertEquals(at("2027-01-12T15:59", BERLIN), hours.nextOpening(at("2027-01-12T15:59", BERLIN)));
        assertEquals(at("2027-01-13T10:00", BERLIN), hours.nextOpening(at("2027-01-12T16:00", BERLIN)));
        assertEquals(at("2027-01-19T10:00", BERLIN), hours.nextOpening(at("2027-01-14T16:00", BERLIN)),
                "Thursday afternoon waits for next Tuesday");
        assertEquals(at("2027-01-19T10:00", BERLIN), hours.nextOpening(at("2027-01-15T12:00", BERLIN)),
                "Friday is a day off");
        assertFalse(hours.contains(at("2027-01-15T12:00", BERLIN)));
        assertTrue(hours.contains(at("2027-01-14T12:00", BERLIN)));
    }

    @Test
    void invalidHoursAreRefusedInWords() {
        WorkingHours hours = WorkingHours.in(NEW_YORK);
        assertEquals("Working hours must start before they end: 18:00 to 08:00", assertThrows(
                IllegalArgumentException.class, () -> hours.from(LocalTime.of(18, 0), LocalTime.of(8, 0)))
                .getMessage());
        assertEquals("Working hours must start before they end: 09:00 to 09:00", assertThrows(
                IllegalArgumentException.class, () -> hours.from(LocalTime.of(9, 0), LocalTime.of(9, 0)))
                .getMessage());
        assertEquals("Working hours need at least one working day", assertThrows(IllegalArgumentException.class,
                () -> new WorkingHours(NEW_YORK, LocalTime.of(8, 0), LocalTime.of(18, 0), Set.of())).getMessage());
    }

    @Test
    void theWorkingWeekFollowsTheClocksWhenNewYorkSpringsForward() {
        // Sunday, March 14, 2027: at 02:00 EST the clocks jump to 03:00 EDT (07:00Z).
        WorkingHours weekdays = WorkingHours.in(NEW_YORK);
        assertEquals(Instant.parse("2027-03-15T12:00:00Z"),
                weekdays.nextOpening(at("2027-03-12T22:00", NEW_YORK)), "Monday 08:00 EDT, no longer UTC-5");

        WorkingHours sundays = WorkingHours.in(NEW_YORK)
                .from(LocalTime.of(2, 30), LocalTime.of(12, 0)).on(DayOfWeek.SUNDAY);
        assertEquals(Instant.parse("2027-03-14T07:00:00Z"),
                sundays.nextOpening(at("2027-03-13T23:00", NEW_YORK)),
                "02:30 does not exist that day: the hours open when the clocks jump to 03:00");
        assertEquals(Instant.parse("2027-03-14T07:00:00Z"), sundays.nextOpening(Instant.parse("2027-03-14T06:59:00Z")),
                "01:59 EST, a minute before the jump");
        assertEquals(Instant.parse("2027-03-21T06:30:00Z"), sundays.nextOpening(at("2027-03-14T12:00", NEW_YORK)),
                "the next Sunday 02:30 EDT");

        WorkingHours fromTwo = WorkingHours.in(NEW_YORK)
                .from(LocalTime.of(2, 0), LocalTime.of(12, 0)).on(DayOfWeek.SUNDAY);
        assertEquals(Instant.parse("2027-03-14T07:00:00Z"), fromTwo.nextOpening(at("2027-03-13T12:00", NEW_YORK)));
    }

    @Test
    void whenTheClocksFallBackTheHoursOpenAtTheFirstOfTheTwoStarts() {
        // Sunday, November 7, 2027: at 02:00 EDT (06:00Z) the clocks go back to 01:00 EST.
        WorkingHours sundays = WorkingHours.in(NEW_YORK)
                .from(LocalTime.of(1, 30), LocalTime.of(12, 0)).on(DayOfWeek.SUNDAY);
        assertEquals(Instant.parse("2027-11-07T05:30:00Z"), sundays.nextOpening(at("2027-11-06T22:00", NEW_YORK)),
                "01:30 EDT");
        assertEquals(Instant.parse("2027-11-07T06:30:00Z"), sundays.nextOpening(Instant.parse("2027-11-07T06:15:00Z")),
                "01:15 EST, after the clocks went back, waits for 01:30 EST");
    }

    @Test
    void berlinSpringsForwardOnItsOwnDay() {
        // Europe's clocks change on Sunday, March 28, 2027, two weeks after New York's.
        WorkingHours berlin = WorkingHours.in(BERLIN);
        assertEquals(Instant.parse("2027-03-22T07:00:00Z"), berlin.nextOpening(at("2027-03-19T22:00", BERLIN)),
                "still CET");
        assertEquals(Instant.parse("2027-03-29T06:00:00Z"), berlin.nextOpening(at("2027-03-26T22:00", BERLIN)),
                "Monday 08:00 CEST");
    }

    // Reminders of a letter the attending accepted to write.

    /** The reminders the plan sends, as a scheduler that sends each at its moment would, from {@code now}. */
    private static List<Instant> remindersSent(ReminderPlan plan, Instant acceptedAt, LocalDate due,
            WorkingHours attending, Instant now) {
        List<Instant> sent = new ArrayList<>();
        Optional<Instant> next = plan.next(acceptedAt, due, attending, 0, null, now);
        while (next.isPresent()) {
            assertTrue(sent.size() < 10, "the plan ends");
            sent.add(next.get());
            next = plan.next(acceptedAt, due, attending, sent.size(), next.get(), next.get());
        }
        return sent;
    }

    @Test
    void anAttendingIsRemindedTwoWeeksOneWeekAndTwoDaysBeforeTheDueDate() {
        WorkingHours attending = WorkingHours.in(LOS_ANGELES);
        Instant accepted = at("2027-04-01T15:00", LOS_ANGELES);
        LocalDate due = LocalDate.of(2027, 4, 30);
        assertEquals(List.of(at("2027-04-16T09:00", LOS_ANGELES), at("2027-04-23T09:00", LOS_ANGELES),
                        at("2027-04-28T09:00", LOS_ANGELES)),
                remindersSent(ReminderPlan.DEFAULT, accepted, due, attending, accepted));
        assertEquals(Optional.empty(), ReminderPlan.DEFAULT.next(accepted, due, attending, 3,
                at("2027-04-28T09:00", LOS_ANGELES), at("2027-04-28T12:00", LOS_ANGELES)), "three at most");
        assertEquals(Optional.empty(), ReminderPlan.DEFAULT.next(accepted, due, attending, 3,
                at("2027-04-23T09:00", LOS_ANGELES), at("2027-04-24T12:00", LOS_ANGELES)),
                "three sent, however the plan stands");
        assertEquals(Optional.of(at("2027-04-23T09:00", LOS_ANGELES)), ReminderPlan.DEFAULT.next(accepted, due,
                attending, 1, at("2027-04-16T09:00", LOS_ANGELES), at("2027-04-20T12:00", LOS_ANGELES)),
                "asked again between reminders, the plan stands");
    }

    @Test
    void aReminderThatFallsOnAWeekendWaitsForMonday() {
        // Due Tuesday, May 18, 2027: two days before is a Sunday.
        Instant accepted = at("2027-04-01T15:00", NEW_YORK);
        assertEquals(List.of(at("2027-05-04T09:00", NEW_YORK), at("2027-05-11T09:00", NEW_YORK),
                        at("2027-05-17T09:00", NEW_YORK)),
                remindersSent(ReminderPlan.DEFAULT, accepted, LocalDate.of(2027, 5, 18), WorkingHours.in(NEW_YORK),
                        accepted));
    }

    @Test
    void aReminderComesWithinTheAttendingsOwnHoursAndNeverAfterTheDueDate() {
        // Works Tuesday to Thursday, 10 to 16; due Monday, May 17, 2027: two days before is a Saturday, and the next
        // working day, Tuesday, is after the due date.
        WorkingHours attending = WorkingHours.in(KOLKATA).from(LocalTime.of(10, 0), LocalTime.of(16, 0))
                .on(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        Instant accepted = at("2027-04-01T15:00", KOLKATA);
        assertEquals(List.of(at("2027-05-04T10:00", KOLKATA), at("2027-05-11T10:00", KOLKATA)),
                remindersSent(ReminderPlan.DEFAULT, accepted, LocalDate.of(2027, 5, 17), attending, accepted),
                "Monday May 3 and 10 are days off: the Tuesdays after, at 10:00; none on Tuesday May 18");
    }

    @Test
    void remindersAlreadyPastWhenTheAttendingAcceptedAreSkipped() {
        WorkingHours attending = WorkingHours.in(LOS_ANGELES);
        LocalDate due = LocalDate.of(2027, 4, 30);
        Instant accepted = at("2027-04-20T10:00", LOS_ANGELES);
        assertEquals(List.of(at("2027-04-23T09:00", LOS_ANGELES), at("2027-04-28T09:00", LOS_ANGELES)),
                remindersSent(ReminderPlan.DEFAULT, accepted, due, attending, accepted));
        Instant tooLate = at("2027-04-28T10:00", LOS_ANGELES);
        assertEquals(List.of(), remindersSent(ReminderPlan.DEFAULT, tooLate, due, attending, tooLate));
    }

    @Test
    void noTwoContactsWithin48Hours() {
        WorkingHours attending = WorkingHours.in(LOS_ANGELES);
        LocalDate due = LocalDate.of(2027, 4, 30);
        // Accepted Thursday 17:00: the reminder planned for Friday 09:00 waits 48 hours, to Saturday 17:00, then for
        // Monday 08:00.
        Instant thursday = at("2027-04-15T17:00", LOS_ANGELES);
        assertEquals(List.of(at("2027-04-19T08:00", LOS_ANGELES), at("2027-04-23T09:00", LOS_ANGELES),
                        at("2027-04-28T09:00", LOS_ANGELES)),
                remindersSent(ReminderPlan.DEFAULT, thursday, due, attending, thursday));
        // Accepted Tuesday 10:00 three days before: Wednesday's reminder waits until Thursday 10:00.
        Instant tuesday = at("2027-04-27T10:00", LOS_ANGELES);
        assertEquals(List.of(at("2027-04-29T10:00", LOS_ANGELES)),
                remindersSent(ReminderPlan.DEFAULT, tuesday, due, attending, tuesday));
        // Sent late, on Monday the 26th at 14:00: Wednesday's 09:00 waits until 14:00.
        assertEquals(Optional.of(at("2027-04-28T14:00", LOS_ANGELES)), ReminderPlan.DEFAULT.next(
                at("2027-04-01T15:00", LOS_ANGELES), due, attending, 2, at("2027-04-26T14:00", LOS_ANGELES),
                at("2027-04-26T14:00", LOS_ANGELES)));
    }

    @Test
    void remindersMissedWhileThePortalWasDownGoOutAsOneAtTheNextOpening() {
        WorkingHours attending = WorkingHours.in(LOS_ANGELES);
        LocalDate due = LocalDate.of(2027, 4, 30);
        Instant accepted = at("2027-04-01T15:00", LOS_ANGELES);
        Instant saturdayNight = at("2027-04-24T03:00", LOS_ANGELES);
        assertEquals(List.of(at("2027-04-26T08:00", LOS_ANGELES), at("2027-04-28T09:00", LOS_ANGELES)),
                remindersSent(ReminderPlan.DEFAULT, accepted, due, attending, saturdayNight),
                "the two weeks' and the week's reminders as one on Monday 08:00, not on Saturday night");
    }

    @Test
    void noReminderOnceTheDueDateHasPassed() {
        WorkingHours attending = WorkingHours.in(BERLIN);
        Instant accepted = at("2027-04-01T15:00", BERLIN);
        LocalDate due = LocalDate.of(2027, 4, 30);
        Instant sent = at("2027-04-16T09:00", BERLIN);
        assertEquals(Optional.of(at("2027-04-30T08:00", BERLIN)), ReminderPlan.DEFAULT.next(accepted, due, attending,
                1, sent, at("2027-04-30T07:00", BERLIN)), "on the due day itself, at its first opening");
        assertEquals(Optional.empty(), ReminderPlan.DEFAULT.next(accepted, due, attending, 1, sent,
                at("2027-05-01T00:00", BERLIN)));
        assertEquals(Optional.empty(), ReminderPlan.DEFAULT.next(accepted, due, attending, 1, sent,
                at("2027-04-30T18:00", BERLIN)), "the due day's working hours are over");
    }

    @Test
    void remindersKeepTheirRulesWhateverTheAcceptanceAndTheZone() {
        ReminderPlan plan = ReminderPlan.DEFAULT;
        int plans = 0;
        for (ZoneId zone : List.of(NEW_YORK, LOS_ANGELES, KOLKATA, BERLIN)) {
            WorkingHours attending = WorkingHours.in(zone);
            // Due dates around the spring clock changes; acceptances every 7 hours over six weeks before each.
            for (LocalDate due = LocalDate.of(2027, 3, 10); due.isBefore(LocalDate.of(2027, 4, 10));
                    due = due.plusDays(3)) {
                Instant first = due.minusDays(42).atStartOfDay(zone).toInstant();
                for (Instant accepted = first; accepted.isBefore(due.atStartOfDay(zone).toInstant());
                        accepted = accepted.plus(Duration.ofHours(7))) {
                    Instant acceptedAt = accepted;
                    List<Instant> sent = remindersSent(plan, acceptedAt, due, attending, acceptedAt);
                    plans++;
                    assertTrue(sent.size() <= 3, () -> "at most three: " + sent);
                    Instant previous = acceptedAt;
                    for (Instant reminder : sent) {
                        assertTrue(attending.contains(reminder), () -> "within working hours: " + reminder);
                        assertFalse(LocalDate.ofInstant(reminder, zone).isAfter(due), "not after the due date");
                        assertFalse(reminder.isBefore(previous.plus(Duration.ofHours(48))),
                                () -> "48 hours apart: " + sent + " after " + acceptedAt);
                        previous = reminder;
                    }
                }
            }
        }
        assertEquals(4 * 11 * 144, plans);
    }

    @Test
    void aReminderPlanIsShortAndInOrder() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReminderPlan(List.of(21, 14, 7, 2), LocalTime.of(9, 0), Duration.ofHours(48)));
        assertThrows(IllegalArgumentException.class,
                () -> new ReminderPlan(List.of(2, 7), LocalTime.of(9, 0), Duration.ofHours(48)));
        assertThrows(IllegalArgumentException.class,
                () -> new ReminderPlan(List.of(0), LocalTime.of(9, 0), Duration.ofHours(48)));
        assertThrows(IllegalArgumentException.class, () -> ReminderPlan.DEFAULT.next(Instant.EPOCH,
                LocalDate.of(2027, 4, 30), WorkingHours.in(BERLIN), 1, null, Instant.EPOCH), "when was it sent?");
    }

    // Nudges and new threads.

    @Test
    void aStudentNudgesOnceAWeek() {
        NudgeLimit limit = NudgeLimit.DEFAULT;
        Instant now = Instant.parse("2027-04-12T14:00:00Z");
        assertEquals(new ContactAllowance(true, now), limit.allowance(null, now), "never nudged");
        Instant last = Instant.parse("2027-04-05T14:00:01Z");
        assertEquals(new ContactAllowance(false, Instant.parse("2027-04-12T14:00:01Z")), limit.allowance(last, now));
        Instant weekLater = Instant.parse("2027-04-12T14:00:01Z");
        assertEquals(new ContactAllowance(true, weekLater), limit.allowance(last, weekLater));
        assertEquals(new ContactAllowance(false, Instant.parse("2027-04-19T14:00:00Z")),
                limit.allowance(now, now), "just nudged");
    }

    /** A placement at a New York hospital, Monday, June 7 to Friday, July 2, 2027. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2027, 6, 7);
    private static final LocalDate LAST_DAY = LocalDate.of(2027, 7, 2);

    private static ContactAllowance threads(List<Instant> started, Instant now) {
        return MessageLimit.DEFAULT.allowance(started, now, FIRST_DAY, LAST_DAY, NEW_YORK);
    }

    @Test
    void duringThePlacementThreeNewThreadsInAnySevenDays() {
        List<Instant> started = new ArrayList<>(List.of(at("2027-06-10T16:30", NEW_YORK),
                at("2027-06-08T09:00", NEW_YORK), at("2027-06-09T14:00", NEW_YORK)));
        assertEquals(new ContactAllowance(true, at("2027-06-09T15:00", NEW_YORK)),
                threads(started.subList(0, 2), at("2027-06-09T15:00", NEW_YORK)));
        assertEquals(new ContactAllowance(false, at("2027-06-15T09:00", NEW_YORK)),
                threads(started, at("2027-06-11T10:00", NEW_YORK)), "when the first of the three is a week old");
        assertEquals(new ContactAllowance(true, at("2027-06-15T09:00", NEW_YORK)),
                threads(started, at("2027-06-15T09:00", NEW_YORK)));
        started.add(at("2027-06-15T09:00", NEW_YORK));
        assertEquals(new ContactAllowance(false, at("2027-06-16T14:00", NEW_YORK)),
                threads(started, at("2027-06-15T12:00", NEW_YORK)), "a rolling week");
    }

    @Test
    void beforeThePlacementTheSameFewAWeek() {
        List<Instant> started = List.of(at("2027-05-31T10:00", NEW_YORK), at("2027-06-01T10:00", NEW_YORK),
                at("2027-06-02T10:00", NEW_YORK));
        assertEquals(new ContactAllowance(false, at("2027-06-07T10:00", NEW_YORK)),
                threads(started, at("2027-06-03T10:00", NEW_YORK)));
    }

    @Test
    void theLastDayIsPartOfThePlacementAndTheLimitAfterItStartsAfresh() {
        List<Instant> started = List.of(at("2027-06-30T10:00", NEW_YORK), at("2027-07-01T10:00", NEW_YORK),
                at("2027-07-02T10:00", NEW_YORK));
        assertEquals(new ContactAllowance(false, at("2027-07-03T00:00", NEW_YORK)),
                threads(started, at("2027-07-02T23:59", NEW_YORK)),
                "not a fourth in the week, until the placement is over");
        assertEquals(new ContactAllowance(true, at("2027-07-03T00:00", NEW_YORK)),
                threads(started, at("2027-07-03T00:00", NEW_YORK)));
    }

    @Test
    void afterThePlacementFiveNewThreadsInAnyYear() {
        List<Instant> during = List.of(at("2027-06-30T10:00", NEW_YORK), at("2027-07-01T10:00", NEW_YORK),
                at("2027-07-02T10:00", NEW_YORK));
        List<Instant> after = List.of(at("2027-07-05T10:00", NEW_YORK), at("2027-08-02T10:00", NEW_YORK),
                at("2027-09-01T10:00", NEW_YORK), at("2027-10-01T10:00", NEW_YORK));
        List<Instant> all = new ArrayList<>(during);
        all.addAll(after);
        Instant december = at("2027-12-01T10:00", NEW_YORK);
        assertEquals(new ContactAllowance(true, december), threads(all, december),
                "four since the placement ended; those during it do not count");
        all.add(at("2027-11-01T10:00", NEW_YORK));
        assertEquals(new ContactAllowance(false, Instant.parse("2028-07-04T14:00:00Z")), threads(all, december),
                "365 days after the first of the five: July 4, 2028, 10:00 EDT");
        assertEquals(new ContactAllowance(true, Instant.parse("2028-07-04T14:00:00Z")),
                threads(all, Instant.parse("2028-07-04T14:00:00Z")));
        assertEquals(new ContactAllowance(false, Instant.parse("2028-07-04T14:00:00Z")),
                threads(all, Instant.parse("2028-07-04T13:59:59Z")));
    }

    @Test
    void aPlacementEndsAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> MessageLimit.DEFAULT.allowance(List.of(),
                Instant.EPOCH, LAST_DAY, FIRST_DAY, NEW_YORK));
        assertThrows(IllegalArgumentException.class,
                () -> new MessageLimit(0, Duration.ofDays(7), 5, Duration.ofDays(365)));
    }
}

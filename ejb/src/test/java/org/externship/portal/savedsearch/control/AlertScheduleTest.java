package org.externship.portal.savedsearch.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Alerts are due once a day, from the alert hour on: before it, yesterday's hour is the cut-off. */
class AlertScheduleTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void afterTheHourTodaysHourIsTheCutoff() {
        assertEquals(Instant.parse("2027-03-10T12:00:00Z"),
                AlertSchedule.cutoff(Instant.parse("2027-03-10T15:30:00Z"), NEW_YORK, 7));
    }

    @Test
    void beforeTheHourYesterdaysHourIsTheCutoff() {
        assertEquals(Instant.parse("2027-03-09T12:00:00Z"),
                AlertSchedule.cutoff(Instant.parse("2027-03-10T11:59:59Z"), NEW_YORK, 7));
    }

    @Test
    void atTheHourItIsTheCutoff() {
        assertEquals(Instant.parse("2027-03-10T12:00:00Z"),
                AlertSchedule.cutoff(Instant.parse("2027-03-10T12:00:00Z"), NEW_YORK, 7));
    }

    @Test
    void aSearchSavedAfterTodaysHourIsDueOnlyTomorrow() {
        Instant saved = Instant.parse("2027-03-10T14:00:00Z");
        Instant laterToday = Instant.parse("2027-03-10T22:00:00Z");
        Instant tomorrow = Instant.parse("2027-03-11T12:30:00Z");
        assertEquals(false, saved.isBefore(AlertSchedule.cutoff(laterToday, NEW_YORK, 7)));
        assertEquals(true, saved.isBefore(AlertSchedule.cutoff(tomorrow, NEW_YORK, 7)));
    }
}

package org.externship.portal.identity.entity;

import org.externship.portal.shared.control.WorkingHours;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A staff member's working hours: the defaults until they set their own, and theirs exactly as they set them. */
class StaffWorkingHoursTest {

    @Test
    void mondayToFridayEightToSixInTheDefaultZoneUntilSetOtherwise() {
        StaffMember grace = new StaffMember("subject", "Grace Adams", "adams@stmarys.example", StaffRole.ATTENDING);
        assertEquals(WorkingHours.in(StaffMember.FALLBACK_ZONE), grace.workingHours(),
                "without a portal setting (no MicroProfile Config here), New York");
        assertFalse(grace.hasOwnZone());
    }

    @Test
    void theirOwnHoursDaysAndZone() {
        StaffMember grace = new StaffMember("subject", "Grace Adams", "adams@stmarys.example", StaffRole.ATTENDING);
        WorkingHours evenings = new WorkingHours(ZoneId.of("America/Los_Angeles"), LocalTime.of(20, 0),
                LocalTime.of(23, 30), EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.SATURDAY, DayOfWeek.WEDNESDAY));
        grace.workIn(evenings);
        assertEquals(evenings, grace.workingHours());
        assertTrue(grace.hasOwnZone());
        assertEquals("WED,SAT,SUN", StaffMember.daysText(evenings.days()), "stored in the week's order");
    }
}

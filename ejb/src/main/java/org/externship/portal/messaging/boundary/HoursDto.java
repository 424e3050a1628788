package org.externship.portal.messaging.boundary;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/** A staff member's working hours: students' messages written outside them wait for the next opening. */
public record HoursDto(String zone, LocalTime start, LocalTime end, Set<DayOfWeek> days) {

    public HoursDto {
        days = Set.copyOf(days);
    }
}

package org.externship.portal.messaging.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/** A staff member's working hours as they set them: a time zone of {@link MyWorkingHours#ZONES}, hours, days. */
public record HoursCommand(@NotNull String zone, @NotNull LocalTime start, @NotNull LocalTime end,
                           @NotEmpty(message = "{portal.hours.days.required}") Set<DayOfWeek> days) {

    /** Shown on the end field. */
    @AssertTrue(message = "{portal.hours.order}")
    public boolean isInOrder() {
        return start == null || end == null || start.isBefore(end);
    }

    /** Shown on the zone field. */
    @AssertTrue(message = "{portal.hours.zone.known}")
    public boolean isKnownZone() {
        return zone == null || MyWorkingHours.ZONES.contains(zone);
    }
}

package org.externship.portal.rotation.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days a calendar view shows, {@code from} to {@code to} both included: a month view's six weeks at most, so a
 * request never reads more than a screenful. {@code externshipId} and {@code attendingId} narrow it (null: all).
 */
public record CalendarRange(@NotNull LocalDate from, @NotNull LocalDate to, Long externshipId, Long attendingId) {

    /** The most days one range may cover. */
    public static final int MAX_DAYS = 62;

    public static CalendarRange of(LocalDate from, LocalDate to) {
        return new CalendarRange(from, to, null, null);
    }

    @AssertTrue(message = "{portal.calendar.range}")
    public boolean isBounded() {
        return from == null || to == null
                || !to.isBefore(from) && ChronoUnit.DAYS.between(from, to) < MAX_DAYS;
    }
}

package org.externship.portal.report.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Which rotation periods a report covers: those starting between {@code from} and {@code to}, both included, at most
 * {@link #MAX_YEARS} years. Every table follows the same periods: their applications, seats, placements,
 * evaluations, letter requests and days on site.
 */
public record ReportRange(@NotNull LocalDate from, @NotNull LocalDate to) {

    /** The longest range a report covers. */
    public static final int MAX_YEARS = 5;

    /** The default: the twelve months up to {@code today}. */
    public static ReportRange lastYear(LocalDate today) {
        return new ReportRange(today.minusMonths(12).plusDays(1), today);
    }

    @AssertTrue(message = "{portal.report.range}")
    public boolean isOrdered() {
        return from == null || to == null
                || !to.isBefore(from) && ChronoUnit.YEARS.between(from, to) < MAX_YEARS;
    }
}

package org.externship.portal.shared.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When a person may be contacted (issue 11, DOMAIN.md: contact within working hours, quiet hours): from {@code start}
 * (included) to {@code end} (excluded) on the given {@code days}, read on the wall clock of their time zone. By
 * default Monday to Friday, 08:00 to 18:00; a person may set their own hours and days. A message written outside is
 * delivered at the {@link #nextOpening next opening}. Immutable and thread-safe.
 */
public record WorkingHours(ZoneId zone, LocalTime start, LocalTime end, Set<DayOfWeek> days) {

    public static final LocalTime DEFAULT_START = LocalTime.of(8, 0);
    public static final LocalTime DEFAULT_END = LocalTime.of(18, 0);
    public static final Set<DayOfWeek> WEEKDAYS = Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    /** Enough to reach the next working day from any day, even in a zone that once skipped a whole day. */
    private static final int DAYS_SEARCHED = 15;

    /** @throws IllegalArgumentException when the hours do not start before they end, or no day is chosen */
    public WorkingHours {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("Working hours must start before they end: " + start + " to " + end);
        }
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("Working hours need at least one working day");
        }
        days = Set.copyOf(days);
    }

    /** Monday to Friday, 08:00 to 18:00 in {@code zone}. */
    public static WorkingHours in(ZoneId zone) {
        return new WorkingHours(zone, DEFAULT_START, DEFAULT_END, WEEKDAYS);
    }

    /** The same days, from {@code start} to {@code end}. */
    public WorkingHours from(LocalTime start, LocalTime end) {
        return new WorkingHours(zone, start, end, days);
    }

    /** The same hours, on these days only. */
    public WorkingHours on(DayOfWeek first, DayOfWeek... more) {
        return new WorkingHours(zone, start, end, EnumSet.of(first, more));
    }

    public boolean isWorkingDay(LocalDate day) {
        return days.contains(day.getDayOfWeek());
    }

    /** Whether {@code moment} falls inside the working hours, as the person's own clock shows it. */
    public boolean contains(Instant moment) {
        LocalDateTime local = LocalDateTime.ofInstant(moment, zone);
        LocalTime time = local.toLocalTime();
        return isWorkingDay(local.toLocalDate()) && !time.isBefore(start) && time.isBefore(end);
    }

    /**
     * {@code moment} itself when it is inside the working hours, otherwise the first instant after it that is: the
     * start of the next working period (an evening or a night moves to the next working day's start, a weekend to
     * the next working week's). Where the start time does not exist on a day (a daylight-saving gap, e.g. 02:30 on
     * the day New York springs forward), the period opens when the clocks jump (03:00 local time).
     */
    public Instant nextOpening(Instant moment) {
        if (contains(moment)) {
            return moment;
        }
        LocalDate day = LocalDate.ofInstant(moment, zone);
        for (int i = 0; i < DAYS_SEARCHED; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (Instant opening : openings(day)) {
                if (!opening.isBefore(moment) && contains(opening)) {
                    return opening;
                }
            }
        }
        throw new IllegalStateException("No working period within " + DAYS_SEARCHED + " days of " + moment);
    }

    /**
     * The instants the clock shows {@code start} on {@code day}, earliest first: one on most days, two when the
     * clocks fall back over it, and the moment the clocks jump when they spring forward over it.
     */
    private Instant[] openings(LocalDate day) {
        LocalDateTime local = day.atTime(start);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return new Instant[] {transition.getInstant()};
        }
        return zone.getRules().getValidOffsets(local).stream()
                .map(local::toInstant)
                .sorted()
                .toArray(Instant[]::new);
    }
}

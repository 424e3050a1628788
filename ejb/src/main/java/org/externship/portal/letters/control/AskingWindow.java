package org.externship.portal.letters.control;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * When a student may ask an attending of a placement for a letter (issue 11, DOMAIN.md: late, ideally the final week):
 * from {@code daysBeforeEnd} days before the placement's last day until {@code afterEnd} after it. The hospital sets
 * both; the defaults are the last 7 days and 12 months.
 */
public record AskingWindow(int daysBeforeEnd, Period afterEnd) {

    public static final AskingWindow DEFAULT = new AskingWindow(7, Period.ofMonths(12));

    public AskingWindow {
        if (daysBeforeEnd < 0) {
            throw new IllegalArgumentException("days before the end: " + daysBeforeEnd);
        }
        Objects.requireNonNull(afterEnd);
    }

    /** Where {@code today} stands for a placement that ends on {@code lastDay}. */
    public Status on(LocalDate today, LocalDate lastDay) {
        LocalDate opens = lastDay.minusDays(daysBeforeEnd);
        LocalDate closes = lastDay.plus(afterEnd);
        if (today.isBefore(opens)) {
            return new Status(State.NOT_YET, opens, closes);
        }
        return new Status(today.isAfter(closes) ? State.CLOSED : State.OPEN, opens, closes);
    }

    /** Whether asking is open, and from when until when (both days included). */
    public record Status(State state, LocalDate opensOn, LocalDate closesAfter) {

        public boolean isOpen() {
            return state == State.OPEN;
        }
    }

    public enum State {
        /** Too early: the page says when asking opens, and why. */
        NOT_YET,
        OPEN,
        /** Too long after the placement for the attending to remember the student's work. */
        CLOSED
    }
}

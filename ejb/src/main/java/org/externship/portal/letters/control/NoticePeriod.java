package org.externship.portal.letters.control;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The least time a student leaves an attending to write (issue 11): a due date sooner than {@code minimum} after the
 * request is flagged, with the earliest fair date. The hospital sets it; the default is 4 weeks.
 */
public record NoticePeriod(Period minimum) {

    public static final NoticePeriod DEFAULT = new NoticePeriod(Period.ofWeeks(4));

    public NoticePeriod {
        Objects.requireNonNull(minimum);
    }

    /** The earliest due date a request made on {@code askedOn} may name. */
    public LocalDate earliestDue(LocalDate askedOn) {
        return askedOn.plus(minimum);
    }

    /** Whether {@code due} leaves the attending enough time; no date at all leaves them all the time they need. */
    public boolean isFair(LocalDate askedOn, LocalDate due) {
        return due == null || !due.isBefore(earliestDue(askedOn));
    }
}

package org.externship.portal.application.entity;

/**
 * What a coordinator changed in the placement an accepted application became, as its timeline and the student's
 * notification tell it: its rotation period (so its dates), its supervising attendings, or both in one edit.
 */
public enum Rearrangement {
    DATES(true, false),
    ATTENDINGS(false, true),
    DATES_AND_ATTENDINGS(true, true);

    private final boolean dates;
    private final boolean attendings;

    Rearrangement(boolean dates, boolean attendings) {
        this.dates = dates;
        this.attendings = attendings;
    }

    /** What changed; {@code null} when nothing did. */
    public static Rearrangement of(boolean datesChanged, boolean attendingsChanged) {
        if (datesChanged) {
            return attendingsChanged ? DATES_AND_ATTENDINGS : DATES;
        }
        return attendingsChanged ? ATTENDINGS : null;
    }

    /** The placement moved to another period: new dates. */
    public boolean dates() {
        return dates;
    }

    /** The placement has other supervising attendings (or none any more). */
    public boolean attendings() {
        return attendings;
    }
}

package org.externship.portal.listing.entity;

import java.time.LocalDate;

/**
 * Which rotation periods take applications, defined once: the externship is published (the public read model,
 * {@link PublicExternship}, holds nothing else), its application deadline has not passed, and the period starts after
 * today (a rotation that starts today has started, as for giving up a placement). The search lists, an externship's
 * page shows and the application side accepts exactly these periods. Written as JPQL for the queries and as Java for
 * rows already read; both say the same.
 */
public final class OpenForApplications {

    /** JPQL over {@code PublicExternship e}: it takes applications and has a period ahead (its last start). */
    public static final String EXTERNSHIP = "e.applicationDeadline >= :today and e.lastStart > :today";

    /** JPQL over {@code PublicRotationPeriod p} of such an externship: the period is ahead. */
    public static final String PERIOD = "p.startDate > :today";

    private OpenForApplications() {
    }

    /** Whether an externship with this deadline still takes applications on {@code today}. */
    public static boolean deadlineOpen(LocalDate applicationDeadline, LocalDate today) {
        return !applicationDeadline.isBefore(today);
    }

    /** Whether a period starting on {@code start} is still ahead on {@code today}. */
    public static boolean ahead(LocalDate start, LocalDate today) {
        return start.isAfter(today);
    }

    /** Whether a period of a published externship may be applied to on {@code today}. */
    public static boolean open(LocalDate applicationDeadline, LocalDate start, LocalDate today) {
        return deadlineOpen(applicationDeadline, today) && ahead(start, today);
    }
}

package org.externship.portal.letters.control;

import java.time.Instant;
import java.util.Objects;

/**
 * Whether a student may contact someone now (a nudge, a new message thread), and if not, from when: the page names
 * the moment rather than just saying no. When allowed, {@code allowedFrom} is the moment asked about.
 */
public record ContactAllowance(boolean allowed, Instant allowedFrom) {

    public ContactAllowance {
        Objects.requireNonNull(allowedFrom, "allowedFrom");
    }

    static ContactAllowance at(Instant now) {
        return new ContactAllowance(true, now);
    }

    /** Allowed at {@code from}, which may be {@code now} or before it. */
    static ContactAllowance from(Instant from, Instant now) {
        return from.isAfter(now) ? new ContactAllowance(false, from) : at(now);
    }
}

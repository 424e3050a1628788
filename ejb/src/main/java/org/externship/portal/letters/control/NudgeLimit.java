package org.externship.portal.letters.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How often a student may nudge, that is ask the portal to send an attending a polite reminder of their letter
 * request (issue 11, DOMAIN.md: follow up rarely): once per {@code interval} per request, a rolling week by default.
 * Immutable and thread-safe.
 */
public record NudgeLimit(Duration interval) {

    public static final NudgeLimit DEFAULT = new NudgeLimit(Duration.ofDays(7));

    public NudgeLimit {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval between nudges: " + interval);
        }
    }

    /** Whether the student may nudge at {@code now}, the request's last nudge having been at {@code lastNudge}. */
    public ContactAllowance allowance(Instant lastNudge, Instant now) {
        Objects.requireNonNull(now, "now");
        return lastNudge == null ? ContactAllowance.at(now) : ContactAllowance.from(lastNudge.plus(interval), now);
    }
}

package org.externship.portal.letters.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * How many new message threads a student may start with one staff member (issue 11, DOMAIN.md: contact that is
 * professional and infrequent, not endless emails). Until the placement's last day, included, at most
 * {@code duringMost} threads in any rolling {@code duringWindow} (3 in 7 days): a few a week while they work
 * together or prepare to. After it, at most {@code afterMost} in any rolling {@code afterWindow} (5 in 365 days),
 * counting the threads started since the placement ended: a thank-you, an update when applying, news of the Match.
 * The placement's days are read on the hospital's calendar. Staff writing to students have no limit; the caller does
 * not ask. Immutable and thread-safe.
 */
public record MessageLimit(int duringMost, Duration duringWindow, int afterMost, Duration afterWindow) {

    public static final MessageLimit DEFAULT = new MessageLimit(3, Duration.ofDays(7), 5, Duration.ofDays(365));

    public MessageLimit {
        if (duringMost < 1 || afterMost < 1) {
            throw new IllegalArgumentException("At least one thread per window: " + duringMost + ", " + afterMost);
        }
        if (!isPositive(duringWindow) || !isPositive(afterWindow)) {
            throw new IllegalArgumentException("Windows are positive: " + duringWindow + ", " + afterWindow);
        }
    }

    /**
     * Whether the student may start a thread at {@code now}, and if not, the first moment they may.
     *
     * @param started   when the student started each of their threads with this staff member, in any order
     * @param firstDay  the placement's first day
     * @param lastDay   the placement's last day
     * @param hospital  the time zone the placement's days are read in
     */
    public ContactAllowance allowance(Collection<Instant> started, Instant now, LocalDate firstDay,
            LocalDate lastDay, ZoneId hospital) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(firstDay, "firstDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("A placement ends after it starts: " + firstDay + " to " + lastDay);
        }
        Instant ended = lastDay.plusDays(1).atStartOfDay(hospital).toInstant();
        if (!now.isBefore(ended)) {
            return ContactAllowance.from(allowedFrom(started, ended, now, afterMost, afterWindow), now);
        }
        Instant during = allowedFrom(started, Instant.MIN, now, duringMost, duringWindow);
        // Past the placement's end only the limit after it counts, and no thread has been started under it yet.
        return ContactAllowance.from(during.isAfter(ended) ? ended : during, now);
    }

    private static boolean isPositive(Duration window) {
        return !window.isNegative() && !window.isZero();
    }

    /**
     * The first moment from {@code now} at which fewer than {@code most} of the threads started since {@code since}
     * lie in the {@code window} before it: {@code now} itself, or when the oldest thread that is one too many leaves.
     */
    private static Instant allowedFrom(Collection<Instant> started, Instant since, Instant now, int most,
            Duration window) {
        Instant windowOpens = now.minus(window);
        List<Instant> inWindow = started.stream()
                .filter(t -> !t.isBefore(since) && t.isAfter(windowOpens))
                .sorted()
                .toList();
        if (inWindow.size() < most) {
            return now;
        }
        return inWindow.get(inWindow.size() - most).plus(window);
    }
}

package org.externship.portal.shared.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When the portal reminds an attending of what they owe by a due date: a letter they accepted to write (issue 11),
 * an evaluation at the end of a placement (issue 10); DOMAIN.md: follow up rarely and politely, within working hours.
 * The default plan (the letters'):
 * <ul>
 * <li>three reminders at most: two weeks, one week and two days before the due date ({@code daysBeforeDue});</li>
 * <li>each at 09:00 on the attending's clock ({@code sendAt}) on that day, or on the next of their working days
 * when that day is not one; at their next {@linkplain WorkingHours#nextOpening opening} when 09:00 is outside their
 * hours (10:00 for someone who starts at 10);</li>
 * <li>a planned reminder already past when the attending accepted is skipped; so is one that would fall after the
 * due date (a due date just after a weekend or the attending's days off);</li>
 * <li>never two within 48 hours ({@code leastApart}), counting the acceptance as the first contact: a reminder that
 * would come sooner waits until 48 hours have passed (and then for the next opening), and planned reminders that
 * have fallen due by then are sent as one;</li>
 * <li>none once the due date has passed on the attending's calendar, and none of a letter that is complete or
 * withdrawn: the caller asks only about open requests.</li>
 * </ul>
 * A reminder that fell due while none was sent (the portal was down) is sent at the next opening, never at night.
 * Immutable and thread-safe.
 */
public record ReminderPlan(List<Integer> daysBeforeDue, LocalTime sendAt, Duration leastApart) {

    /** The etiquette's ceiling: no plan reminds an attending more often than this per request. */
    public static final int MOST = 3;

    public static final ReminderPlan DEFAULT = new ReminderPlan(List.of(14, 7, 2), LocalTime.of(9, 0),
            Duration.ofHours(48));

    public ReminderPlan {
        daysBeforeDue = List.copyOf(daysBeforeDue);
        if (daysBeforeDue.isEmpty() || daysBeforeDue.size() > MOST) {
            throw new IllegalArgumentException("A reminder plan has 1 to " + MOST + " reminders: " + daysBeforeDue);
        }
        for (int i = 0; i < daysBeforeDue.size(); i++) {
            if (daysBeforeDue.get(i) < 1 || i > 0 && daysBeforeDue.get(i) >= daysBeforeDue.get(i - 1)) {
                throw new IllegalArgumentException(
                        "Reminders come on distinct days before the due date, earliest first: " + daysBeforeDue);
            }
        }
        Objects.requireNonNull(sendAt, "sendAt");
        if (leastApart.isNegative()) {
            throw new IllegalArgumentException("least time apart: " + leastApart);
        }
    }

    /**
     * When to send the next reminder of a letter due on {@code due}, which the attending accepted at
     * {@code acceptedAt}; empty when there is none to send.
     *
     * @param attending  the attending's working hours, in their time zone
     * @param sent       how many reminders were sent for this request
     * @param lastSentAt when the last of them was sent; {@code null} when none was
     * @param now        the present: a reminder is never planned before it
     */
    public Optional<Instant> next(Instant acceptedAt, LocalDate due, WorkingHours attending, int sent,
            Instant lastSentAt, Instant now) {
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        Objects.requireNonNull(due, "due");
        if (sent < 0 || sent > 0 && lastSentAt == null) {
            throw new IllegalArgumentException(sent + " reminders sent, the last at " + lastSentAt);
        }
        if (sent >= daysBeforeDue.size()) {
            return Optional.empty();
        }
        Instant lastContact = sent == 0 ? acceptedAt : later(lastSentAt, acceptedAt);
        // Never before now: once the due date has passed, whatever is left would come after it.
        Instant notBefore = later(lastContact.plus(leastApart), now);
        Optional<Instant> planned = daysBeforeDue.stream()
                .map(days -> plannedFor(due.minusDays(days), attending))
                .filter(reminder -> reminder.isAfter(lastContact))
                .findFirst();
        return planned
                .map(reminder -> reminder.isBefore(notBefore) ? attending.nextOpening(notBefore) : reminder)
                .filter(reminder -> !LocalDate.ofInstant(reminder, attending.zone()).isAfter(due));
    }

    /** {@code sendAt} on {@code day}, or on the next working day, or the next opening after that. */
    private Instant plannedFor(LocalDate day, WorkingHours attending) {
        while (!attending.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return attending.nextOpening(day.atTime(sendAt).atZone(attending.zone()).toInstant());
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

package org.externship.portal.rotation.boundary;

import org.externship.portal.placement.boundary.PlacementDto;

import java.time.LocalDate;

/**
 * Where a supervising attending's evaluation of a placement stands on a day, as their end-of-placement task shows it:
 * it opens in the placement's final week ({@code completableFrom}), is due {@value #DUE_AFTER_DAYS} days after its
 * last day (the reminders stop then, the evaluation may still be sent), and once sent it is done. A pure rule.
 *
 * @param opensOn the first day it may be sent
 * @param dueBy   the day it is due
 */
public record EvaluationDue(State state, LocalDate opensOn, LocalDate dueBy) {

    /** Days from a placement's last day to its evaluations' due date. */
    public static final int DUE_AFTER_DAYS = 14;

    public enum State {
        /** Not open yet: the placement's final week is ahead. */
        LATER,
        /** Open and not sent, the due date not passed. */
        DUE,
        /** Not sent, the due date passed. */
        OVERDUE,
        /** Sent. */
        SENT
    }

    /** The evaluation of {@code placement} by an attending who has ({@code sent}) or has not sent it, on {@code today}. */
    public static EvaluationDue of(PlacementDto placement, boolean sent, LocalDate today) {
        LocalDate opensOn = placement.completableFrom();
        LocalDate dueBy = placement.endDate().plusDays(DUE_AFTER_DAYS);
        State state = sent ? State.SENT
                : today.isBefore(opensOn) ? State.LATER
                : today.isAfter(dueBy) ? State.OVERDUE
                : State.DUE;
        return new EvaluationDue(state, opensOn, dueBy);
    }

    /** The attending still has to send it, now. */
    public boolean waiting() {
        return state == State.DUE || state == State.OVERDUE;
    }
}

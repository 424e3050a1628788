package org.externship.portal.report.boundary;

import java.time.LocalDate;

/**
 * One rotation period's applications as far as they got (submitted, offered, accepted: each counts an application
 * that ever reached that step on its timeline; completed: placements completed), and its seats against its
 * placements (the fill rate).
 */
public record PeriodFunnel(long periodId, long externshipId, String externshipTitle, LocalDate startDate,
                           LocalDate endDate, int seats, long submitted, long offered, long accepted, long placed,
                           long completed) {

    /** Offered of submitted, in percent; null without a submitted application. */
    public Integer offerRate() {
        return Rate.percent(offered, submitted);
    }

    /** Accepted of offered, in percent. */
    public Integer acceptRate() {
        return Rate.percent(accepted, offered);
    }

    /** Completed of accepted, in percent. */
    public Integer completionRate() {
        return Rate.percent(completed, accepted);
    }

    /** Placements of seats, in percent. */
    public Integer fillRate() {
        return Rate.percent(placed, seats);
    }
}

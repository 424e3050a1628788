package org.externship.portal.report.boundary;

/**
 * An externship's completed placements and their attendings' evaluations: {@code evaluated} placements have every
 * supervising attending's evaluation, the others miss at least one; {@code expected} is one per attending and
 * placement, {@code submitted} how many of those arrived.
 */
public record EvaluationCompletion(long externshipId, String externshipTitle, long completedPlacements,
                                   long evaluated, long expected, long submitted) {

    /** Completed placements still missing an attending's evaluation. */
    public long missing() {
        return completedPlacements - evaluated;
    }

    /** Evaluations submitted of those expected, in percent. */
    public Integer completionRate() {
        return Rate.percent(submitted, expected);
    }
}

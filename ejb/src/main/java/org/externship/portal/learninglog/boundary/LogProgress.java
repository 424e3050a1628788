package org.externship.portal.learninglog.boundary;

import org.externship.portal.learninglog.entity.EntryKind;
import org.externship.portal.learninglog.entity.Involvement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A student's progress in numbers, for the charts of the progress page: hours per week (weeks starting on Monday, the
 * latest {@value #WEEKS} weeks that have entries and those between), hours per kind, procedures by topic and the
 * student's part, cases by topic (the most frequent first), and entries verified or not. Maps keep their order.
 */
public record LogProgress(Map<LocalDate, BigDecimal> hoursPerWeek, Map<EntryKind, BigDecimal> hoursPerKind,
                          Map<String, Map<Involvement, Long>> proceduresByPart, Map<String, Long> casesByTopic,
                          long verified, long notVerified) {

    public static final int WEEKS = 16;
    public static final int TOPICS = 8;

    public boolean isEmpty() {
        return verified + notVerified == 0;
    }
}

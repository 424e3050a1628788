package org.externship.portal.report.boundary;

import java.util.List;

/**
 * One section ({@link ReportSection}) of the hospital's reports for the rotation periods starting in {@code range}:
 * its tables are filled, the other sections' are empty; {@code anyPeriod} says whether the range has any period.
 */
public record HospitalReport(ReportRange range, boolean anyPeriod, List<PeriodFunnel> periods,
                             List<ComplianceStatus> compliance, List<EvaluationCompletion> evaluations,
                             List<LetterCompletion> letters, List<HoursLogged> hours) {

    /** The report of a range without periods: every table empty. */
    public static HospitalReport none(ReportRange range) {
        return new HospitalReport(range, false, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The funnel and the seats per externship. */
    public List<ExternshipFunnel> externships() {
        return ExternshipFunnel.of(periods);
    }

    /** The hospital's totals. */
    public ExternshipFunnel total() {
        return ExternshipFunnel.total(externships());
    }

    public boolean isEmpty() {
        return !anyPeriod;
    }
}

package org.externship.portal.report.boundary;

import java.util.List;

/** The hospital's reports for the rotation periods starting in {@code range}: one table each. */
public record HospitalReport(ReportRange range, List<PeriodFunnel> periods, List<ComplianceStatus> compliance,
                             List<EvaluationCompletion> evaluations, List<LetterCompletion> letters,
                             List<HoursLogged> hours) {

    /** The funnel and the seats per externship. */
    public List<ExternshipFunnel> externships() {
        return ExternshipFunnel.of(periods);
    }

    /** The hospital's totals. */
    public ExternshipFunnel total() {
        return ExternshipFunnel.total(externships());
    }

    public boolean isEmpty() {
        return periods.isEmpty();
    }
}

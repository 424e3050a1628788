package org.externship.portal.report.view;

import org.externship.portal.report.boundary.HospitalReport;
import org.externship.portal.report.boundary.ReportSection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The tables of coordinator/reports.xhtml as rows of cells, for their CSV files: a header row (texts of the web
 * bundle, {@code report.*}) and one row per line of the page's table, numbers as numbers, rates in whole percent
 * (empty where there is nothing to divide by), dates as ISO dates. The CSV's own rules are {@code CsvWriter}'s.
 */
public enum ReportTable {

    EXTERNSHIPS(ReportSection.FUNNEL, "externship", "periods", "seats", "submitted", "offered", "accepted", "placed",
            "completed", "offerRate", "acceptRate", "completionRate", "fillRate") {
        @Override
        List<List<Object>> rows(HospitalReport report) {
            return report.externships().stream().map(e -> cells(e.externshipTitle(), e.periods(), e.seats(),
                    e.submitted(), e.offered(), e.accepted(), e.placed(), e.completed(), e.offerRate(),
                    e.acceptRate(), e.completionRate(), e.fillRate())).toList();
        }
    },
    PERIODS(ReportSection.FUNNEL,
            "externship", "start", "end", "seats", "submitted", "offered", "accepted", "placed", "completed",
            "offerRate", "acceptRate", "completionRate", "fillRate") {
        @Override
        List<List<Object>> rows(HospitalReport report) {
            return report.periods().stream().map(p -> cells(p.externshipTitle(), p.startDate(), p.endDate(),
                    p.seats(), p.submitted(), p.offered(), p.accepted(), p.placed(), p.completed(), p.offerRate(),
                    p.acceptRate(), p.completionRate(), p.fillRate())).toList();
        }
    },
    COMPLIANCE(ReportSection.COMPLIANCE,
            "externship", "notStarted", "ready", "notReady", "toCheck", "lapsing", "readyRate") {
        @Override
        List<List<Object>> rows(HospitalReport report) {
            return report.compliance().stream().map(c -> cells(c.externshipTitle(), c.placements(), c.ready(),
                    c.notReady(), c.toCheck(), c.lapsing(), c.readyRate())).toList();
        }
    },
    EVALUATIONS(ReportSection.EVALUATIONS,
            "externship", "completedPlacements", "evaluated", "missing", "expected", "submittedEvaluations",
            "evaluationRate") {
        @Override
        List<List<Object>> rows(HospitalReport report) {
            return report.evaluations().stream().map(e -> cells(e.externshipTitle(), e.completedPlacements(),
                    e.evaluated(), e.missing(), e.expected(), e.submitted(), e.completionRate())).toList();
        }
    },
    LETTERS(ReportSection.LETTERS,
            "externship", "asked", "waiting", "acceptedLetters", "complete", "declined", "overdue", "letterRate") {
        @Override
        List<List<Object>> rows(HospitalReport report) {
            return report.letters().stream().map(l -> cells(l.externshipTitle(), l.asked(), l.waiting(),
                    l.accepted(), l.complete(), l.declined(), l.overdue(), l.completionRate())).toList();
        }
    },
    HOURS(ReportSection.HOURS, "externship", "days", "loggedHours", "confirmedHours", "confirmedRate") {
        @Override
        List<List<Object>> rows(HospitalReport report) {
            return report.hours().stream().map(h -> cells(h.externshipTitle(), h.days(),
                    h.loggedHours().stripTrailingZeros().toPlainString(),
                    h.confirmedHours().stripTrailingZeros().toPlainString(), h.confirmedRate())).toList();
        }
    };

    private final ReportSection section;
    private final List<String> columns;

    ReportTable(ReportSection section, String... columns) {
        this.section = section;
        this.columns = List.of(columns);
    }

    /** The section of the reports that holds this table. */
    public ReportSection section() {
        return section;
    }

    abstract List<List<Object>> rows(HospitalReport report);

    /** The header (each column's text from {@code texts}, by {@code report.column.<name>}) and the rows. */
    public List<List<Object>> lines(HospitalReport report, Function<String, String> texts) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(columns.stream().<Object>map(c -> texts.apply("report.column." + c)).toList());
        lines.addAll(rows(report));
        return lines;
    }

    /** The table's name in the download's address and file name: {@code periods}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The table named {@code slug} in an address, if there is one. */
    public static Optional<ReportTable> of(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug().equals(slug)).findFirst();
    }

    /** Null cells (a rate without a denominator) stay empty. */
    private static List<Object> cells(Object... values) {
        return Arrays.asList(values);
    }
}

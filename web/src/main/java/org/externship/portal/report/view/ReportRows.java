package org.externship.portal.report.view;

import org.externship.portal.report.boundary.ComplianceStatus;
import org.externship.portal.report.boundary.EvaluationCompletion;
import org.externship.portal.report.boundary.ExternshipFunnel;
import org.externship.portal.report.boundary.HoursLogged;
import org.externship.portal.report.boundary.LetterCompletion;
import org.externship.portal.report.boundary.PeriodFunnel;
import org.externship.portal.shared.view.Cell;
import org.externship.portal.shared.view.Formats;
import org.externship.portal.shared.view.TableRow;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The lines of the reports' tables (externships, periods, compliance, evaluations, letters, hours) as coordinator/reports.xhtml
 * shows them: counts with their rates ("12 (75 %)"), periods and hours in words; {@code <ep:rows>} writes them.
 * The CSV files have their own cells ({@link ReportTable}): numbers as numbers.
 */
final class ReportRows {

    private final Formats formats;
    private final Function<Integer, String> percent;

    /** {@code percent}: a rate as the page shows it ("75 %", or a dash where there was nothing to divide by). */
    ReportRows(Formats formats, Function<Integer, String> percent) {
        this.formats = formats;
        this.percent = percent;
    }

    /** The rows of {@code lines}, the lines of the report's table {@code table}. */
    List<TableRow> of(String table, List<?> lines) {
        return lines.stream().map(line -> switch (table) {
            case "externships" -> externship((ExternshipFunnel) line);
            case "periods" -> period((PeriodFunnel) line);
            case "compliance" -> compliance((ComplianceStatus) line);
            case "evaluations" -> evaluation((EvaluationCompletion) line);
            case "letters" -> letter((LetterCompletion) line);
            case "hours" -> hours((HoursLogged) line);
            default -> throw new IllegalArgumentException("No report table " + table);
        }).toList();
    }

    private TableRow externship(ExternshipFunnel e) {
        return TableRow.of(Cell.text(e.externshipTitle()), Cell.text(e.periods()), Cell.text(e.submitted()),
                Cell.text(withRate(e.offered(), e.offerRate())), Cell.text(withRate(e.accepted(), e.acceptRate())),
                Cell.text(withRate(e.completed(), e.completionRate())), Cell.text(e.seats()),
                Cell.text(e.placed()), Cell.text(percent.apply(e.fillRate())));
    }

    private TableRow period(PeriodFunnel p) {
        return TableRow.of(Cell.text(p.externshipTitle()), Cell.text(formats.period(p.startDate(), p.endDate())),
                Cell.text(p.submitted()), Cell.text(withRate(p.offered(), p.offerRate())),
                Cell.text(withRate(p.accepted(), p.acceptRate())),
                Cell.text(withRate(p.completed(), p.completionRate())), Cell.text(p.seats()),
                Cell.text(p.placed()), Cell.text(percent.apply(p.fillRate())));
    }

    private TableRow compliance(ComplianceStatus c) {
        return TableRow.of(Cell.text(c.externshipTitle()), Cell.text(c.placements()),
                Cell.text(withRate(c.ready(), c.readyRate())), Cell.text(c.notReady()), Cell.text(c.toCheck()),
                Cell.text(c.lapsing()));
    }

    private TableRow evaluation(EvaluationCompletion e) {
        return TableRow.of(Cell.text(e.externshipTitle()), Cell.text(e.completedPlacements()),
                Cell.text(e.evaluated()), Cell.text(e.missing()), Cell.text(e.submitted() + " / " + e.expected()),
                Cell.text(percent.apply(e.completionRate())));
    }

    private TableRow letter(LetterCompletion l) {
        return TableRow.of(Cell.text(l.externshipTitle()), Cell.text(l.asked()), Cell.text(l.waiting()),
                Cell.text(l.accepted()), Cell.text(l.complete()), Cell.text(l.declined()), Cell.text(l.overdue()),
                Cell.text(percent.apply(l.completionRate())));
    }

    private TableRow hours(HoursLogged h) {
        return TableRow.of(Cell.text(h.externshipTitle()), Cell.text(h.days()), Cell.text(hours(h.loggedHours())),
                Cell.text(hours(h.confirmedHours())), Cell.text(percent.apply(h.confirmedRate())));
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    /** A count with its rate: "12 (75 %)". */
    private String withRate(long count, Integer rate) {
        return count + " (" + percent.apply(rate) + ")";
    }
}

package org.externship.portal.report.view;

import org.externship.portal.report.boundary.ComplianceStatus;
import org.externship.portal.report.boundary.EvaluationCompletion;
import org.externship.portal.report.boundary.HospitalReport;
import org.externship.portal.report.boundary.HoursLogged;
import org.externship.portal.report.boundary.LetterCompletion;
import org.externship.portal.report.boundary.PeriodFunnel;
import org.externship.portal.report.boundary.ReportRange;
import org.externship.portal.shared.view.CsvWriter;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reports' tables as CSV: headers from the bundle, a row per line, rates, and titles never run as formulas. */
class ReportTableTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("org.externship.portal.web.messages",
            Locale.ENGLISH);
    // a report with every table filled (the boundary fills one section's): each table's lines are its own
    private static final HospitalReport REPORT = new HospitalReport(new ReportRange(DAY, DAY.plusMonths(1)),
            true, List.of(new PeriodFunnel(1, 10, "=HYPERLINK(\"http://evil\")", DAY, DAY.plusWeeks(4), 4, 4, 3, 3, 3, 2),
                    new PeriodFunnel(2, 10, "=HYPERLINK(\"http://evil\")", DAY.plusWeeks(5), DAY.plusWeeks(9), 3,
                            0, 0, 0, 0, 0)),
            List.of(new ComplianceStatus(10, "Wards", 3, 1, 2, 1)),
            List.of(new EvaluationCompletion(10, "Wards, internal medicine", 2, 1, 3, 2)),
            List.of(new LetterCompletion(10, "Wards", 2, 1, 1, 0, 0, 1)),
            List.of(new HoursLogged(10, "Wards", 4, new BigDecimal("30.50"), new BigDecimal("24.00"))));

    @Test
    void eachTableIsAHeaderAndItsRowsWithFormulasNeutralised() {
        assertEquals("Externship,First day,Last day,Seats,Submitted,Offered,Accepted,Placements,Completed,"
                + "Offered (%),Accepted (%),Completed (%),Seats filled (%)\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\")\",2026-03-02,2026-03-30,4,4,3,3,3,2,75,100,67,75\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\")\",2026-04-06,2026-05-04,3,0,0,0,0,0,,,,0\r\n",
                csv(ReportTable.PERIODS), "no rate without a denominator: an empty cell");
        assertEquals("Externship,Periods,Seats,Submitted,Offered,Accepted,Placements,Completed,Offered (%),"
                + "Accepted (%),Completed (%),Seats filled (%)\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\")\",2,7,4,3,3,3,2,75,100,67,43\r\n", csv(ReportTable.EXTERNSHIPS));
        assertEquals("Externship,Not started,Ready to start,Not ready,Documents to check,"
                + "Evidence lapsing within 30 days,Ready (%)\r\nWards,3,1,2,2,1,33\r\n", csv(ReportTable.COMPLIANCE));
        assertEquals("Externship,Completed placements,Evaluated,Missing an evaluation,Evaluations expected,"
                + "Evaluations sent,Evaluations sent (%)\r\n\"Wards, internal medicine\",2,1,1,3,2,67\r\n",
                csv(ReportTable.EVALUATIONS));
        assertEquals("Externship,Asked,Waiting for an answer,\"Accepted, being written\",Complete,Declined,Overdue,"
                + "Complete (%)\r\nWards,2,1,1,0,0,1,0\r\n", csv(ReportTable.LETTERS));
        assertEquals("Externship,Days logged,Hours logged,Hours confirmed,Confirmed (%)\r\nWards,4,30.5,24,79\r\n",
                csv(ReportTable.HOURS));
    }

    @Test
    void tablesAreNamedInTheAddress() {
        assertEquals(Optional.of(ReportTable.PERIODS), ReportTable.of("periods"));
        assertEquals(Optional.empty(), ReportTable.of("PERIODS"));
        assertEquals(Optional.empty(), ReportTable.of(null));
        assertEquals(List.of("externships", "periods", "compliance", "evaluations", "letters", "hours"),
                Arrays.stream(ReportTable.values()).map(ReportTable::slug).toList());
    }

    private static String csv(ReportTable table) {
        StringWriter out = new StringWriter();
        CsvWriter writer = new CsvWriter(out);
        table.lines(REPORT, TEXTS::getString).forEach(writer::line);
        return out.toString();
    }
}

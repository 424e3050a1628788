package org.externship.portal.report.view;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.report.boundary.HospitalReport;
import org.externship.portal.report.boundary.HospitalReports;
import org.externship.portal.report.boundary.ReportRange;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Attachment;
import org.externship.portal.shared.view.CsvWriter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * {@code /coordinator/report.csv?table=periods&from=2026-01-01&to=2026-12-31}: one table of the hospital's reports as
 * the page shows it, as a CSV file for a spreadsheet (UTF-8 with a byte order mark, formulas neutralised by
 * {@link CsvWriter}: an externship's title is the hospital's text). Only the coordinator's own hospital: the boundary
 * is tenant-isolated and for coordinators only. Without dates, the last twelve months; an unknown table or a date
 * that cannot be read answers 400.
 */
@WebServlet(urlPatterns = "/coordinator/report.csv")
public class ReportDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "org.externship.portal.web.messages";

    @Inject
    transient HospitalReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ReportTable> table = ReportTable.of(request.getParameter("table"));
        if (table.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        HospitalReport report;
        try {
            ReportRange range = range(request.getParameter("from"), request.getParameter("to"));
            report = reports.report(range, table.get().section());
        } catch (DateTimeParseException | InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        } catch (EJBAccessException | PortalException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        Attachment.headers(response, "text/csv; charset=UTF-8", "report-" + table.get().slug() + "-"
                + report.range().from() + "-" + report.range().to() + ".csv");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write(CsvWriter.BOM);
        CsvWriter csv = new CsvWriter(out);
        for (List<Object> line : table.get().lines(report, texts::getString)) {
            csv.line(line);
        }
        out.flush();
    }

    private ReportRange range(String from, String to) {
        if (from == null && to == null) {
            return reports.lastYear();
        }
        if (from == null || to == null) {
            throw new DateTimeParseException("both dates or none", String.valueOf(from) + to, 0);
        }
        return new ReportRange(LocalDate.parse(from), LocalDate.parse(to));
    }
}

package org.externship.portal.application.view;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.application.boundary.ApplicationReview;
import org.externship.portal.application.boundary.ExportedApplication;
import org.externship.portal.listing.boundary.ExternshipTitle;
import org.externship.portal.listing.boundary.Externships;
import org.externship.portal.shared.boundary.Page;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Attachment;
import org.externship.portal.shared.view.CsvWriter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /coordinator/applications.csv?<the queue's address>}: the review queue as filtered on the page, every
 * matching application up to {@link ApplicationReview#EXPORT_LIMIT}, as a CSV file for a spreadsheet (UTF-8 with a
 * byte order mark, RFC 4180, formulas neutralised by {@link CsvWriter}). Only the coordinator's own hospital: the
 * boundary is tenant-isolated and the externship of the address must be one of the hospital's. When more match than
 * the limit, the last line says so.
 */
@WebServlet(urlPatterns = "/coordinator/applications.csv")
public class ReviewQueueDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "org.externship.portal.web.messages";
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.US)
            .withZone(ZoneId.systemDefault());

    @Inject
    transient ApplicationReview review;

    @Inject
    transient Externships externships;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Page<ExportedApplication> rows;
        try {
            Set<Long> ours = externships.titles().stream().map(ExternshipTitle::id).collect(Collectors.toSet());
            rows = review.export(QueueParameters.of(request.getParameterMap(), ours::contains).filter());
        } catch (EJBAccessException | PortalException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        Attachment.headers(response, "text/csv; charset=UTF-8", "applications-" + LocalDate.now() + ".csv");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write(CsvWriter.BOM);
        CsvWriter csv = new CsvWriter(out);
        csv.line(List.of(texts.getString("queue.student"), texts.getString("queue.csv.email"),
                texts.getString("application.externship"), texts.getString("queue.csv.start"),
                texts.getString("queue.csv.end"), texts.getString("application.status"),
                texts.getString("application.submitted"), texts.getString("application.updated")));
        for (ExportedApplication row : rows.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.studentName());
            cells.add(row.studentEmail());
            cells.add(row.externshipTitle());
            cells.add(row.startDate());
            cells.add(row.endDate());
            cells.add(texts.getString("application.status." + row.status()));
            cells.add(moment(row.submittedAt()));
            cells.add(moment(row.updatedAt()));
            csv.line(cells);
        }
        if (rows.total() > rows.rows().size()) {
            csv.line(List.of(new MessageFormat(texts.getString("queue.csv.cut"), Locale.ENGLISH)
                    .format(new Object[] {rows.rows().size(), rows.total()})));
        }
        out.flush();
    }

    private static String moment(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }
}

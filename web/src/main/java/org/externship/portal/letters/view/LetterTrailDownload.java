package org.externship.portal.letters.view;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.letters.boundary.LetterAccessDto;
import org.externship.portal.letters.boundary.LetterAudit;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Attachment;
import org.externship.portal.shared.view.CsvWriter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * {@code /coordinator/letter-trail.csv}: the hospital's letters' access trail as a CSV file for a spreadsheet (UTF-8
 * with a byte order mark, formulas neutralised by {@link CsvWriter}), newest first, as the page lists it.
 */
@WebServlet(urlPatterns = "/coordinator/letter-trail.csv")
public class LetterTrailDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "org.externship.portal.web.messages";
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.US)
            .withZone(ZoneId.systemDefault());

    @Inject
    transient LetterAudit audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<LetterAccessDto> entries;
        try {
            entries = audit.trail();
        } catch (EJBAccessException | PortalException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        Attachment.headers(response, "text/csv; charset=UTF-8", "letter-access-" + LocalDate.now() + ".csv");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write(CsvWriter.BOM);
        CsvWriter csv = new CsvWriter(out);
        csv.line(Arrays.stream(new String[] {"when", "who", "role", "action", "outcome", "from", "letter",
                "version", "student", "attending"}).map(k -> texts.getString("letters.trail." + k)).toList());
        for (LetterAccessDto e : entries) {
            csv.line(Arrays.asList(MOMENT.format(e.at()), e.actorName(), texts.getString("letters.trail.role." + e.actorRole()),
                    texts.getString("letters.trail.action." + e.action()),
                    texts.getString(e.allowed() ? "letters.trail.allowed" : "letters.trail.refused"),
                    e.address() == null ? "" : e.address(), e.requestId(), e.version() == null ? "" : e.version(),
                    e.studentName() == null ? "" : e.studentName(),
                    e.attendingName() == null ? "" : e.attendingName()));
        }
        out.flush();
    }
}

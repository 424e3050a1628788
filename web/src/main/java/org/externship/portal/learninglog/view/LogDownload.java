package org.externship.portal.learninglog.view;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.learninglog.boundary.ExportedEntry;
import org.externship.portal.learninglog.boundary.LearningLog;
import org.externship.portal.learninglog.boundary.LogFilter;
import org.externship.portal.shared.boundary.Page;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.view.Attachment;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * student/log.csv and student/log.pdf: the student's own learning log, or the part the log page's filters show, with
 * the hospital's name and the verification marks (the address carries the filters: {@link LogExportAddress}). Only
 * the caller's entries: the boundary takes the student from the token. Written to the response as it goes.
 */
@WebServlet(urlPatterns = {"/student/log.csv", "/student/log.pdf"})
public class LogDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LearningLog log;

    @Inject
    transient CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<LogFilter> filter = LogExportAddress.read(request.getParameterMap());
        if (filter.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Page<ExportedEntry> entries;
        try {
            entries = log.export(filter.get());
        } catch (EJBAccessException | PortalException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean pdf = request.getServletPath().endsWith(".pdf");
        String name = "learning-log-" + LocalDate.now() + (pdf ? ".pdf" : ".csv");
        Attachment.headers(response, pdf ? "application/pdf" : "text/csv; charset=UTF-8", name);
        LogExportTexts texts = new LogExportTexts();
        if (pdf) {
            new LogPdf(texts).write(user.name(), entries, response.getOutputStream());
        } else {
            new LogCsv(texts).write(entries, response.getOutputStream());
        }
    }
}

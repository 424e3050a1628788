package org.externship.portal.learninglog.view;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.learninglog.boundary.ExperienceDraftDto;
import org.externship.portal.learninglog.boundary.ExperienceDrafts;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.view.Attachment;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * student/experiences.csv and student/experiences.pdf: the caller's own ERAS experience drafts (the boundary takes
 * the student from the token), to copy into the application or read over.
 */
@WebServlet(urlPatterns = {"/student/experiences.csv", "/student/experiences.pdf"})
public class ExperienceDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ExperienceDrafts drafts;

    @Inject
    transient CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<ExperienceDraftDto> mine;
        try {
            mine = drafts.mine();
        } catch (EJBAccessException | PortalException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean pdf = request.getServletPath().endsWith(".pdf");
        String name = "eras-experiences-" + LocalDate.now() + (pdf ? ".pdf" : ".csv");
        Attachment.headers(response, pdf ? "application/pdf" : "text/csv; charset=UTF-8", name);
        ExperiencesExport export = new ExperiencesExport(new LogExportTexts());
        if (pdf) {
            export.pdf(user.name(), mine, response.getOutputStream());
        } else {
            export.csv(mine, response.getOutputStream());
        }
    }
}

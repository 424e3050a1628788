package org.externship.portal.rotation.view;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.rotation.boundary.CalendarFiles;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * coordinator/calendar.ics, attending/calendar.ics, student/calendar.ics: the caller's own placements as an
 * iCalendar file (the boundary takes who and which hospital from the token; the folders are the roles').
 */
@WebServlet(urlPatterns = {"/coordinator/calendar.ics", "/attending/calendar.ics", "/student/calendar.ics"})
public class CalendarDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CalendarFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String ics;
        try {
            ics = switch (request.getServletPath()) {
                case "/coordinator/calendar.ics" -> files.hospital();
                case "/attending/calendar.ics" -> files.supervised();
                default -> files.mine();
            };
        } catch (EJBAccessException | PortalException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Attachment.headers(response, "text/calendar; charset=UTF-8", "placements.ics");
        response.getOutputStream().write(ics.getBytes(StandardCharsets.UTF_8));
    }
}

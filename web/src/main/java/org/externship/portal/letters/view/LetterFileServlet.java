package org.externship.portal.letters.view;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.letters.boundary.LetterFileDto;
import org.externship.portal.letters.boundary.LetterRequests;
import org.externship.portal.letters.boundary.LetterWriting;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.view.Attachment;

import java.io.IOException;

/**
 * A letter's PDF: {@code /attending/letter-file?request=&version=} for its writer, any version;
 * {@code /student/letter-file?request=} for a student who did not waive the right to read it, once it is complete.
 * Everything else (a waived letter, another's, a guessed id, no id) is "not found", and every attempt is on the
 * letters' access trail (the boundaries write it). Always an attachment, never sniffed, never kept by shared caches.
 */
@WebServlet(urlPatterns = {LetterFileServlet.ATTENDING, LetterFileServlet.STUDENT})
public class LetterFileServlet extends HttpServlet {

    static final String ATTENDING = "/attending/letter-file";
    static final String STUDENT = "/student/letter-file";
    private static final long serialVersionUID = 1L;

    @Inject
    transient LetterWriting writing;

    @Inject
    transient LetterRequests requests;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LetterFileDto file;
        try {
            long id = Long.parseLong(request.getParameter("request"));
            file = ATTENDING.equals(request.getServletPath())
                    ? writing.read(id, Integer.parseInt(request.getParameter("version")))
                    : requests.readLetter(id);
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Attachment.headers(response, "application/pdf", file.fileName());
        response.setContentLengthLong(file.content().length);
        response.getOutputStream().write(file.content());
    }
}

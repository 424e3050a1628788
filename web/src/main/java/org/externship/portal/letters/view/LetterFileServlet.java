package org.externship.portal.letters.view;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.letters.boundary.LetterAnswers;
import org.externship.portal.letters.boundary.LetterFileDto;
import org.externship.portal.letters.boundary.LetterRequests;
import org.externship.portal.letters.boundary.LetterSending;
import org.externship.portal.letters.boundary.LetterWriting;
import org.externship.portal.passport.boundary.StoredDocument;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.view.Attachment;

import java.io.IOException;

/**
 * A letter's PDF: {@code /attending/letter-file?request=&version=} for its writer, any version, and
 * {@code /attending/letter-file?delivery=} as the residency application service takes it (named for its letter id);
 * {@code /attending/letter-cv?request=} the CV the student sent with the request's packet;
 * {@code /student/letter-file?request=} for a student who did not waive the right to read it, once it is complete.
 * Everything else (a waived letter, another's, a guessed id, no id) is "not found", and every attempt is on the
 * letters' access trail (the boundaries write it). Always an attachment, never sniffed, never kept by shared caches.
 */
@WebServlet(urlPatterns = {LetterFileServlet.ATTENDING, LetterFileServlet.STUDENT, LetterFileServlet.CV})
public class LetterFileServlet extends HttpServlet {

    static final String ATTENDING = "/attending/letter-file";
    static final String STUDENT = "/student/letter-file";
    static final String CV = "/attending/letter-cv";
    private static final long serialVersionUID = 1L;

    @Inject
    transient LetterWriting writing;

    @Inject
    transient LetterRequests requests;

    @Inject
    transient LetterSending sending;

    @Inject
    transient LetterAnswers answers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (CV.equals(request.getServletPath())) {
            sendCv(request, response);
            return;
        }
        LetterFileDto file;
        try {
            boolean attending = ATTENDING.equals(request.getServletPath());
            if (attending && request.getParameter("delivery") != null) {
                file = sending.forEras(Long.parseLong(request.getParameter("delivery")));
            } else {
                long id = Long.parseLong(request.getParameter("request"));
                file = attending ? writing.read(id, Integer.parseInt(request.getParameter("version")))
                        : requests.readLetter(id);
            }
        } catch (NumberFormatException | NotFoundException | NotAllowedException e) {
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

    private void sendCv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredDocument cv;
        try {
            cv = answers.cv(Long.parseLong(request.getParameter("request")));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Attachment.headers(response, cv.document().contentType(), cv.document().fileName());
        response.setContentLengthLong(cv.content().length);
        response.getOutputStream().write(cv.content());
    }
}

package org.externship.portal.passport.view;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.passport.boundary.Passports;
import org.externship.portal.passport.boundary.StoredDocument;
import org.externship.portal.shared.boundary.NotFoundException;

import java.io.IOException;

/**
 * {@code /student/document?id=...}: the signed-in student downloads one of their own passport documents (the
 * boundary finds no one else's). Always an attachment, with the content type found when it was uploaded, never
 * sniffed, never cached by shared caches. Under /student, so only students get here at all.
 */
@WebServlet(urlPatterns = "/student/document")
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Passports passports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredDocument document;
        try {
            document = passports.download(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        DocumentResponse.send(response, document);
    }
}

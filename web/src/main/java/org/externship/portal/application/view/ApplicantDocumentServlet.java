package org.externship.portal.application.view;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.application.boundary.ApplicationReview;
import org.externship.portal.passport.boundary.StoredDocument;
import org.externship.portal.passport.view.DocumentResponse;
import org.externship.portal.shared.boundary.NotFoundException;

import java.io.IOException;

/**
 * {@code /coordinator/document?application=...&id=...}: a coordinator downloads a document of an applicant to their
 * own hospital (the boundary finds no other application and no other student's document). Under /coordinator, so
 * only coordinators get here at all.
 */
@WebServlet(urlPatterns = "/coordinator/document")
public class ApplicantDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApplicationReview review;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredDocument document;
        try {
            document = review.applicantDocument(Long.parseLong(request.getParameter("application")),
                    Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        DocumentResponse.send(response, document);
    }
}

package org.externship.portal.application.view;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.externship.portal.application.boundary.ApplicationReview;
import org.externship.portal.passport.boundary.StoredDocument;
import org.externship.portal.passport.view.DocumentDownload;

/**
 * {@code /coordinator/document?application=...&id=...}: a coordinator downloads a document of an applicant to their
 * own hospital (the boundary finds no other application and no other student's document). Under /coordinator, so
 * only coordinators get here at all.
 */
@WebServlet(urlPatterns = "/coordinator/document")
public class ApplicantDocumentServlet extends DocumentDownload {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApplicationReview review;

    @Override
    protected StoredDocument document(HttpServletRequest request) {
        return review.applicantDocument(number(request, "application"), number(request, "id"));
    }
}

package org.externship.portal.passport.view;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.externship.portal.passport.boundary.Passports;
import org.externship.portal.passport.boundary.StoredDocument;

/**
 * {@code /student/document?id=...}: the signed-in student downloads one of their own passport documents (the
 * boundary finds no one else's). Under /student, so only students get here at all.
 */
@WebServlet(urlPatterns = "/student/document")
public class DocumentDownloadServlet extends DocumentDownload {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Passports passports;

    @Override
    protected StoredDocument document(HttpServletRequest request) {
        return passports.download(number(request, "id"));
    }
}

package org.externship.portal.compliance.view;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.compliance.boundary.ComplianceChecks;
import org.externship.portal.compliance.boundary.Evidence;
import org.externship.portal.compliance.boundary.MyCompliance;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.view.Attachment;

import java.io.IOException;

/**
 * A checklist item's evidence: {@code /coordinator/compliance-evidence?item=} for the coordinators of the placement's
 * hospital, {@code /student/compliance-evidence?item=} for the student who handed it in. The boundaries decide: the
 * item must be of the coordinator's hospital, or the student's own; anyone else's, or none: "not found"; the wrong
 * role: "forbidden" (web.xml guards each folder by role first). Served as an attachment of its inspected type, named
 * by the item only, never sniffed, never kept by a shared cache.
 */
@WebServlet(urlPatterns = {EvidenceServlet.COORDINATOR, EvidenceServlet.STUDENT})
public class EvidenceServlet extends HttpServlet {

    static final String COORDINATOR = "/coordinator/compliance-evidence";
    static final String STUDENT = "/student/compliance-evidence";
    private static final long serialVersionUID = 1L;

    @Inject
    transient ComplianceChecks checks;

    @Inject
    transient MyCompliance mine;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Evidence evidence;
        long item;
        try {
            item = Long.parseLong(request.getParameter("item"));
            evidence = STUDENT.equals(request.getServletPath()) ? mine.evidence(item) : checks.evidence(item);
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String extension = switch (evidence.contentType()) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            default -> ".pdf";
        };
        byte[] content = evidence.content();
        Attachment.headers(response, evidence.contentType(), "onboarding-item-" + item + extension);
        response.setContentLengthLong(content.length);
        response.getOutputStream().write(content);
    }
}

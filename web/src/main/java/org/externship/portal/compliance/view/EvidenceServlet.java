package org.externship.portal.compliance.view;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.compliance.boundary.ComplianceChecks;
import org.externship.portal.compliance.boundary.Evidence;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.view.Attachment;

import java.io.IOException;

/**
 * A checklist item's evidence for the hospital's coordinators: {@code /coordinator/compliance-evidence?item=}. The
 * boundary checks the item is of the coordinator's hospital; anyone else's, or none: "not found"; the wrong role:
 * "forbidden". Served as an attachment of its inspected type, named by the item only.
 */
@WebServlet(urlPatterns = EvidenceServlet.PATH)
public class EvidenceServlet extends HttpServlet {

    static final String PATH = "/coordinator/compliance-evidence";
    private static final long serialVersionUID = 1L;

    @Inject
    transient ComplianceChecks checks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Evidence evidence;
        long item;
        try {
            item = Long.parseLong(request.getParameter("item"));
            evidence = checks.evidence(item);
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

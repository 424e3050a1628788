package org.externship.portal.rotation.view;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.rotation.boundary.Certificates;
import org.externship.portal.rotation.boundary.MyCompletion;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.view.Attachment;

import java.io.IOException;

/**
 * A completed placement's certificate as a PDF: {@code /student/certificate?application=} for the student whose
 * placement it is, {@code /coordinator/certificate?placement=} for the hospital's coordinators. Anyone else's, or
 * none yet: "not found"; the wrong role: "forbidden".
 */
@WebServlet(urlPatterns = {CertificateServlet.STUDENT, CertificateServlet.COORDINATOR})
public class CertificateServlet extends HttpServlet {

    static final String STUDENT = "/student/certificate";
    static final String COORDINATOR = "/coordinator/certificate";
    private static final long serialVersionUID = 1L;

    @Inject
    transient MyCompletion completion;

    @Inject
    transient Certificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        try {
            pdf = STUDENT.equals(request.getServletPath())
                    ? completion.certificatePdf(Long.parseLong(request.getParameter("application")))
                    : certificates.pdf(Long.parseLong(request.getParameter("placement")));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Attachment.headers(response, "application/pdf", "externship-certificate.pdf");
        response.setContentLengthLong(pdf.length);
        response.getOutputStream().write(pdf);
    }
}

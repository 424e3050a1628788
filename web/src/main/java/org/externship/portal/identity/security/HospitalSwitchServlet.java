package org.externship.portal.identity.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.identity.boundary.StaffDirectory;
import org.externship.portal.shared.tenancy.TenantContext;

import java.io.IOException;

/**
 * {@code POST /switch-hospital}, the header's hospital choice for someone who belongs to several: they act for the
 * chosen hospital from the next request on, for the rest of the session, without signing out. The choice is
 * accepted only if it is one of the hospitals of their verified token ({@link PortalUser#actFor}); anything else is
 * refused (403) and changes nothing. The form carries the session's token, as the sign-out does. Their entry in the
 * chosen hospital's directory is brought up to date (created at their first visit), then they land on their home.
 */
@WebServlet(urlPatterns = "/switch-hospital")
public class HospitalSwitchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalUser user;

    @Inject
    TenantContext tenant;

    @Inject
    StaffDirectory staffDirectory;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null || !user.isStaff()) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        String token = request.getParameter("token");
        if (!user.sentSessionToken(token) || !user.actFor(request.getParameter("hospital"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        tenant.actFor(user.getHospitalAlias());
        staffDirectory.recordSignIn();
        response.sendRedirect(request.getContextPath() + user.homePath());
    }
}

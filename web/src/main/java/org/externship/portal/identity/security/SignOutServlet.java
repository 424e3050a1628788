package org.externship.portal.identity.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * {@code POST /signout}, the header's "Sign out" on every page (error pages included). The form carries the
 * session's sign-out token, so another site cannot sign a user out. Signing out ends the HTTP session (which holds
 * the sign-in and the tokens) and sends the browser through Keycloak's logout, which returns it to the landing page;
 * while Keycloak does not answer, straight to the landing page, which says that the sign-in at Keycloak may remain.
 */
@WebServlet(urlPatterns = "/signout")
public class SignOutServlet extends HttpServlet {

    @Inject
    PortalUser user;

    @Inject
    OpenIdContext openId;

    @Inject
    PortalSecurity security;

    @Inject
    SignInAvailability availability;

    @Inject
    SignInFingerprint fingerprint;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        String token = request.getParameter("token");
        if (!user.sentSessionToken(token)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String idToken = openId.getIdentityToken().getToken();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        fingerprint.remove(response);
        if (availability.keycloakAnswers()) {
            response.sendRedirect(security.endSessionUrl(idToken));
        } else {
            // the browser would wait on Keycloak's logout page: the portal's session is over, say what is not
            response.sendRedirect(request.getContextPath() + "/?signout=incomplete");
        }
    }
}

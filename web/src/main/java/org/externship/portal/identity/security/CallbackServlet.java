package org.externship.portal.identity.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.externship.portal.shared.view.HeldWork;

import java.io.IOException;

/**
 * {@code /callback}: where Keycloak returns after sign-in. The OpenID Connect mechanism has already exchanged the
 * code when this runs; the user goes on to the home page of their role, or back to the page where their session
 * ended while they were typing (what they typed comes back there, {@code HeldWork}).
 */
@WebServlet(urlPatterns = "/callback")
public class CallbackServlet extends HttpServlet {

    @Inject
    HeldWork heldWork;

    @Inject
    SignInFingerprint fingerprint;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String subject = request.getUserPrincipal() == null ? null : fingerprint.current();
        String back = subject == null ? null : heldWork.latestAfterSessionEnded()
                .filter(form -> subject.equals(form.owner()))
                .map(HeldWork.HeldForm::returnTo)
                .orElse(null);
        // the page where the user's session ended, with what they typed; else their home
        response.sendRedirect(back != null ? back : request.getContextPath() + "/home");
    }
}

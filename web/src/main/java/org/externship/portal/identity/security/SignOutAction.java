package org.externship.portal.identity.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/**
 * The header's "Sign out" (a POST, so it carries the view's CSRF token). Logging out ends the HTTP session and
 * sends the browser through Keycloak's logout, which returns it to the landing page.
 */
@Named
@RequestScoped
public class SignOutAction {

    public void signOut() throws ServletException, IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (request.getUserPrincipal() != null) {
            request.logout();
        }
        if (!faces.getExternalContext().isResponseCommitted()) {
            faces.getExternalContext().redirect(request.getContextPath() + "/");
        }
        faces.responseComplete();
    }
}

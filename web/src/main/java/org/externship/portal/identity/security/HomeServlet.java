package org.externship.portal.identity.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /home}: the sign-in entry point. It is protected, so an anonymous visitor goes through Keycloak first;
 * a signed-in user is sent to the home page of their role. The bare section addresses ({@code /student} ...) lead
 * here too, instead of the container's redirect to the same address with a slash (which it would build from the
 * request's Host header).
 */
@WebServlet(urlPatterns = {"/home", "/student", "/attending", "/coordinator", "/admin"})
public class HomeServlet extends HttpServlet {

    @Inject
    PortalUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String home = user.homePath();
        if (home == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.sendRedirect(request.getContextPath() + home);
    }
}

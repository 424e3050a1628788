package org.externship.portal.shared.view;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The WAR's folders that are no page, addressed without their slash: not found. Left to the container, each would
 * answer with a redirect to the same address plus a slash, built from the request's Host header. (The role
 * sections, {@code /student} and the others, lead to the home page: {@code HomeServlet}.)
 */
@WebServlet(urlPatterns = {"/WEB-INF", "/META-INF", "/resources"})
public class FolderAddressServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}

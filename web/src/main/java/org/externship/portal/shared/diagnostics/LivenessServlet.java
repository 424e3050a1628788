package org.externship.portal.shared.diagnostics;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /live}: the one operational answer on the public port, for a load balancer: the portal answers requests.
 * It says nothing else. Health checks with details, metrics and OpenAPI are served on the operators' port only
 * (127.0.0.1, {@code PORTAL_OPERATOR_PORT}; see config/payara/post-boot-commands.asadmin).
 */
@WebServlet(urlPatterns = "/live")
public class LivenessServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("UP");
    }
}

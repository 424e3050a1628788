package org.externship.portal.rotation.view;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /c/K7Q2-MX4P-9TRA}: a certificate's short link, printed on it to be typed; leads to the public verification
 * page with the code, which reads it (anything that is no code is "not confirmed" there).
 */
@WebServlet(urlPatterns = "/c/*")
public class CertificateLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (code.length() > 40) {
            code = "";
        }
        response.sendRedirect(request.getContextPath() + "/verify.xhtml?c="
                + URLEncoder.encode(code, StandardCharsets.UTF_8));
    }
}

package org.externship.portal.letters.view;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.letters.boundary.LetterSettings;
import org.externship.portal.shared.boundary.NotFoundException;

import java.io.IOException;

/**
 * {@code /coordinator/letterhead-logo}: the logo of the coordinator's own hospital's letterhead, as the portal
 * re-encoded it (a PNG), shown on coordinator/letter-rules.xhtml. None set, or anyone but the hospital's coordinator:
 * "not found" or "forbidden". Never sniffed, kept by no shared cache.
 */
@WebServlet(urlPatterns = LetterheadLogoServlet.PATH)
public class LetterheadLogoServlet extends HttpServlet {

    static final String PATH = "/coordinator/letterhead-logo";
    private static final long serialVersionUID = 1L;

    @Inject
    transient LetterSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] logo;
        try {
            logo = settings.logo();
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("image/png");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLengthLong(logo.length);
        response.getOutputStream().write(logo);
    }
}

package org.externship.portal.shared.view;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * The portal's error pages render as fresh pages: the failed request's parameters (a bogus or expired view state, a
 * missing script nonce) must not make Faces treat the error page as a postback of the failed one, which would fail
 * again and leave the container's own report. The status says what happened: 400 for an expired or forged view (or a postback without its script nonce),
 * 403 and 404 for what the boundary refused, 500 for the rest.
 */
@WebFilter(filterName = "ErrorDispatchFilter", urlPatterns = "/WEB-INF/errorpages/*",
        dispatcherTypes = DispatcherType.ERROR)
public class ErrorDispatchFilter extends HttpFilter {

    static final String PAGES = "/WEB-INF/errorpages/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Refusal refusal = refusalOf((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        HttpServletRequest fresh = new FreshRequest(request);
        if (refusal == null) {
            chain.doFilter(fresh, response);
            return;
        }
        response.setStatus(refusal.status());
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, refusal.status());
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, refusal.cause());
        if (refusal.page().equals(request.getServletPath())) {
            chain.doFilter(fresh, response);
        } else {
            // the container chose by the outermost exception (a CDI or EJB wrapper): show the cause's own page
            request.getRequestDispatcher(refusal.page()).forward(fresh, response);
        }
    }

    /** What the user is told, by the first cause the portal knows, however deeply it was wrapped. */
    record Refusal(int status, String page, Throwable cause) {
    }

    static Refusal refusalOf(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException || cause instanceof CspException) {
                return new Refusal(HttpServletResponse.SC_BAD_REQUEST, PAGES + "expired.xhtml", cause);
            }
            if (cause instanceof NotAllowedException) {
                return new Refusal(HttpServletResponse.SC_FORBIDDEN, PAGES + "403.xhtml", cause);
            }
            if (cause instanceof NotFoundException) {
                return new Refusal(HttpServletResponse.SC_NOT_FOUND, PAGES + "404.xhtml", cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /** The failed request as a plain GET without parameters. */
    private static final class FreshRequest extends HttpServletRequestWrapper {

        FreshRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public String getHeader(String name) {
            return isAjaxHeader(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isAjaxHeader(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        private static boolean isAjaxHeader(String name) {
            return "Faces-Request".equalsIgnoreCase(name);
        }
    }
}

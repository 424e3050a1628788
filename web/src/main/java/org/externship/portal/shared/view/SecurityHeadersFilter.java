package org.externship.portal.shared.view;

import jakarta.faces.application.ResourceHandler;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;

/**
 * Security headers on every response. PrimeFaces sends the script policy (self plus a nonce per response); this
 * second policy adds what it does not cover. Browsers enforce both. A signed-in user's pages are never stored by the
 * browser (on a shared hospital computer, the back button after sign-out must not show a student's passport); the
 * portal's static resources stay cacheable. Error pages get the same headers (the container may have reset the
 * response before it renders or forwards to one). Served over HTTPS (a base URL {@code https://...}), browsers are told to use
 * nothing else (HSTS).
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String POLICY = "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'";
    /** A year, the usual HSTS lifetime. */
    static final String HSTS = "max-age=31536000";

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!response.getHeaders("Content-Security-Policy").contains(POLICY)) {
            response.addHeader("Content-Security-Policy", POLICY);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (isHttps(baseUrl)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (request.getUserPrincipal() != null && !isResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    static boolean isHttps(String baseUrl) {
        return baseUrl != null && baseUrl.regionMatches(true, 0, "https://", 0, "https://".length());
    }

    private static boolean isResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + ResourceHandler.RESOURCE_IDENTIFIER);
    }
}

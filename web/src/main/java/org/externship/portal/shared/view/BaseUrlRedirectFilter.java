package org.externship.portal.shared.view;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;

/**
 * Every redirect the portal sends names the configured base URL ({@code portal.base-url}), never the host the
 * request claimed: the container would build an absolute redirect from the request's {@code Host} header, so a
 * forged header would send the browser to another site.
 */
@WebFilter(filterName = "BaseUrlRedirectFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class BaseUrlRedirectFilter extends HttpFilter {

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new Redirects(request, response, baseUrl));
    }

    /** The absolute address of a redirect target: absolute ones stay, the rest resolve against the base URL. */
    static String absolute(String baseUrl, String requestUri, String location) {
        URI target = URI.create(location);
        if (target.isAbsolute()) {
            return location;
        }
        URI base = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        URI page = URI.create(base + requestUri);
        return page.resolve(target).toString();
    }

    private static final class Redirects extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final String baseUrl;

        Redirects(HttpServletRequest request, HttpServletResponse response, String baseUrl) {
            super(response);
            this.request = request;
            this.baseUrl = baseUrl;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("The response is already committed");
            }
            resetBuffer();
            setStatus(SC_FOUND);
            setHeader("Location", absolute(baseUrl, request.getRequestURI(), location));
            flushBuffer();
        }
    }
}

package org.externship.portal.shared.view;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * Pages take GET, HEAD and POST. {@code OPTIONS} says so and nothing else (Faces would render the whole page);
 * any other method is refused with 405.
 */
@WebFilter(filterName = "PageMethodsFilter", urlPatterns = "*.xhtml")
public class PageMethodsFilter extends HttpFilter {

    static final String ALLOWED = "GET, HEAD, POST";
    private static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (PAGE_METHODS.contains(method)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Allow", ALLOWED);
        if ("OPTIONS".equals(method)) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }
}

package org.externship.portal.shared.diagnostics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.shared.control.SqlStatements;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * Diagnostics, off unless {@code portal.diagnostics.log-sql-count=true}: logs how many SQL statements each page
 * request sent ({@code SQL statements: GET /externships.xhtml 3}). The benchmark reads these lines to show that a
 * page costs the same number of statements whatever the data.
 */
@WebFilter(filterName = "SqlStatementLogFilter", urlPatterns = "*.xhtml")
public class SqlStatementLogFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(SqlStatementLogFilter.class.getName());

    @Inject
    @ConfigProperty(name = "portal.diagnostics.log-sql-count", defaultValue = "false")
    boolean enabled;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        long before = SqlStatements.byThisThread();
        try {
            chain.doFilter(request, response);
        } finally {
            LOG.info(() -> "SQL statements: " + request.getMethod() + " " + request.getRequestURI() + " "
                    + (SqlStatements.byThisThread() - before));
        }
    }
}

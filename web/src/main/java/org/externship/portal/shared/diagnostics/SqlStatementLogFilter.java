package org.externship.portal.shared.diagnostics;

import com.sun.management.ThreadMXBean;
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
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Diagnostics, off unless {@code portal.diagnostics.log-sql-count=true}: logs how many SQL statements each page
 * request sent, with the processor time and the memory its thread spent on it
 * ({@code SQL statements: GET /externships.xhtml 3 cpu-us 5210 alloc-kb 1834}). The benchmark reads these lines to
 * show that a page costs the same number of statements whatever the data, and what a page costs the server whatever
 * else the machine is doing (unlike a response time).
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
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        try {
            chain.doFilter(request, response);
        } finally {
            long statements = SqlStatements.byThisThread() - before;
            long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            LOG.info(() -> String.format(Locale.ROOT, "SQL statements: %s %s %d cpu-us %d alloc-kb %d",
                    request.getMethod(), request.getRequestURI(), statements, cpu / 1000, allocated / 1024));
        }
    }
}

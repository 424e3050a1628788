package org.externship.portal.shared.view;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The landing page for anonymous visitors, answered from {@link VisitorPages} when a visitor's copy was rendered in
 * the last 30 seconds (issue 9: the layout's fixed cost; docs/architecture.md "Layout cost"). Only a request that
 * cannot see anything personal qualifies: a GET without a query string, without any cookie (no session, no flash
 * message), without credentials and without a signed-in user. Everything else is rendered as always; a visitor's
 * rendering is kept as it streams to them, if it set no cookie and opened no session.
 */
@WebFilter(filterName = "VisitorPageFilter", urlPatterns = VisitorPageFilter.LANDING)
public class VisitorPageFilter extends HttpFilter {

    static final String LANDING = "/index.xhtml";

    private final transient VisitorPages pages = new VisitorPages();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isVisitor(request)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getServletPath();
        Optional<VisitorPages.Page> kept = pages.answer(path);
        if (kept.isPresent()) {
            write(kept.get(), response);
            return;
        }
        Recording recording = new Recording(response);
        chain.doFilter(request, recording);
        recording.flushBuffer();
        if (recording.keepable() && request.getSession(false) == null) {
            pages.keep(path, recording.getStatus(), recording.getContentType(), recording.headers,
                    recording.body.toString());
        }
    }

    private static boolean isVisitor(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return "GET".equals(request.getMethod()) && request.getQueryString() == null
                && (cookies == null || cookies.length == 0) && request.getHeader("Authorization") == null
                && request.getUserPrincipal() == null && request.getSession(false) == null;
    }

    private static void write(VisitorPages.Page page, HttpServletResponse response) throws IOException {
        for (VisitorPages.Header header : page.headers()) {
            if (header.added()) {
                response.addHeader(header.name(), header.value());
            } else {
                response.setHeader(header.name(), header.value());
            }
        }
        response.setContentType(page.contentType());
        response.getWriter().write(page.body());
    }

    /** Passes everything on to the visitor, and notes the headers set and the text written. */
    private static final class Recording extends HttpServletResponseWrapper {

        private final List<VisitorPages.Header> headers = new ArrayList<>();
        private final StringBuilder body = new StringBuilder();
        private boolean unkeepable;
        private PrintWriter writer;

        Recording(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            headers.removeIf(h -> h.name().equalsIgnoreCase(name));
            headers.add(new VisitorPages.Header(name, value, false));
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            headers.add(new VisitorPages.Header(name, value, true));
            super.addHeader(name, value);
        }

        @Override
        public void setIntHeader(String name, int value) {
            setHeader(name, Integer.toString(value));
        }

        @Override
        public void addIntHeader(String name, int value) {
            addHeader(name, Integer.toString(value));
        }

        @Override
        public void setDateHeader(String name, long date) {
            unkeepable();
            super.setDateHeader(name, date);
        }

        @Override
        public void addDateHeader(String name, long date) {
            unkeepable();
            super.addDateHeader(name, date);
        }

        @Override
        public void addCookie(Cookie cookie) {
            headers.add(new VisitorPages.Header("Set-Cookie", cookie.getName(), true));
            super.addCookie(cookie);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            unkeepable();
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            unkeepable();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            unkeepable();
            super.sendError(status);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            unkeepable(); // a page written as bytes is passed on, not kept
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                Writer real = super.getWriter();
                writer = new PrintWriter(new Writer() {
                    @Override
                    public void write(char[] chars, int offset, int length) throws IOException {
                        real.write(chars, offset, length);
                        note(chars, offset, length);
                    }

                    @Override
                    public void flush() throws IOException {
                        real.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        real.close();
                    }
                });
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }

        /** Whether everything the page did can be replayed: written as text, not too large, no redirect or error. */
        boolean keepable() {
            return !unkeepable;
        }

        private void note(char[] chars, int offset, int length) {
            if (unkeepable) {
                return;
            }
            if (body.length() + length > VisitorPages.MAX_CHARS) {
                unkeepable();
                return;
            }
            body.append(chars, offset, length);
        }

        private void unkeepable() {
            unkeepable = true;
            body.setLength(0);
        }
    }
}

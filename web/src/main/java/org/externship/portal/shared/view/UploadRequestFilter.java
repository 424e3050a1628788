package org.externship.portal.shared.view;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadFileCountLimitException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Multipart bodies are parsed here, and only here: for a signed-in user, on a page that has an upload, within limits
 * on the declared length, the size of each part and the number of parts. The container never parses multipart (the
 * Faces servlet has no multipart configuration), so any other page, or an anonymous request, is answered
 * 415 before its body is read. What a request parsed is deleted when it ends.
 */
@WebFilter(filterName = "UploadRequestFilter", urlPatterns = "*.xhtml")
public class UploadRequestFilter extends HttpFilter {

    /** The pages with a file upload: add a page here when it gets one. */
    static final Set<String> UPLOAD_PAGES = Set.of("/student/passport.xhtml", "/attending/letter.xhtml",
            "/student/compliance.xhtml");
    /** Form fields, the file and Faces' own parameters of an upload form: far fewer than this. */
    static final int MAX_PARTS = 32;
    /** Room for the form fields beside the file. */
    static final long FIELDS_BYTES = 256 * 1024L;
    /** A file part up to this size stays in memory; larger ones go to a temporary file. */
    static final int IN_MEMORY_BYTES = 64 * 1024;

    private static final Logger LOG = Logger.getLogger(UploadRequestFilter.class.getName());

    /**
     * The passport's own limit (its inspector says "at most 5 MB" on the page). A file somewhat larger still
     * reaches it, so the student reads that message; anything larger than twice the limit is refused here.
     */
    @Inject
    @ConfigProperty(name = "portal.upload.max-bytes", defaultValue = "5242880")
    long maxUploadBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getUserPrincipal() == null || !UPLOAD_PAGES.contains(pageOf(request))) {
            refuseUnread(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        long maxFileBytes = 2 * maxUploadBytes;
        long maxRequestBytes = maxFileBytes + FIELDS_BYTES;
        long declared = request.getContentLengthLong();
        if (declared > maxRequestBytes) {
            refuseUnread(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        Path temporary = Files.createTempDirectory("portal-upload-");
        List<DiskFileItem> items = List.of();
        try {
            items = parse(request, temporary, maxFileBytes, maxRequestBytes);
            chain.doFilter(new UploadRequest(request, items), response);
        } catch (FileUploadFileCountLimitException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } catch (FileUploadSizeException e) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        } catch (FileUploadException e) {
            LOG.log(Level.FINE, "An unreadable multipart request", e);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } finally {
            release(items, temporary);
        }
    }

    /** Answers at once; the connection closes rather than wait for a body nobody will read. */
    private static void refuseUnread(HttpServletResponse response, int status) throws IOException {
        response.setHeader("Connection", "close");
        response.sendError(status);
    }

    private static List<DiskFileItem> parse(HttpServletRequest request, Path temporary, long maxFileBytes,
            long maxRequestBytes) throws IOException {
        DiskFileItemFactory factory = DiskFileItemFactory.builder().setPath(temporary)
                .setThreshold(IN_MEMORY_BYTES).get();
        JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> upload = new JakartaServletFileUpload<>(factory);
        upload.setMaxFileCount(MAX_PARTS);
        upload.setMaxFileSize(maxFileBytes);
        upload.setMaxSize(maxRequestBytes);
        return upload.parseRequest(request);
    }

    private static void release(List<DiskFileItem> items, Path temporary) {
        for (DiskFileItem item : items) {
            try {
                item.delete();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete an uploaded part", e);
            }
        }
        try (var left = Files.list(temporary)) {
            for (Path file : left.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the upload folder " + temporary, e);
        }
    }

    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static String pageOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}

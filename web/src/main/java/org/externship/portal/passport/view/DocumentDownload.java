package org.externship.portal.passport.view;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.passport.boundary.StoredDocument;
import org.externship.portal.shared.boundary.NotFoundException;

import java.io.IOException;

/**
 * A passport document as a download, for every path that serves one: the subclass asks its boundary for the document
 * the request names; this answers it always as an attachment, with the content type found when it was uploaded,
 * never sniffed, never kept by shared caches. A missing or malformed id, or a document the caller may not reach, is
 * "not found"; a caller without the role is "forbidden".
 */
public abstract class DocumentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The document {@code request} names, as the caller's boundary hands it out. */
    protected abstract StoredDocument document(HttpServletRequest request);

    /** The number in parameter {@code name}; a missing or malformed one is answered with "not found". */
    protected static long number(HttpServletRequest request, String name) {
        return Long.parseLong(request.getParameter(name));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredDocument document;
        try {
            document = document(request);
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] content = document.content();
        response.setContentType(document.document().contentType());
        response.setContentLengthLong(content.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + document.downloadName() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content);
    }
}

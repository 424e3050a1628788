package org.externship.portal.passport.view;

import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.passport.boundary.StoredDocument;

import java.io.IOException;

/**
 * Sends a passport document as a download: always an attachment, with the content type found when it was
 * uploaded, never sniffed, never kept by shared caches. Used by every path that serves one.
 */
public final class DocumentResponse {

    private DocumentResponse() {
    }

    public static void send(HttpServletResponse response, StoredDocument document) throws IOException {
        byte[] content = document.content();
        response.setContentType(document.document().contentType());
        response.setContentLengthLong(content.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + document.downloadName() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content);
    }
}

package org.externship.portal.shared.view;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers of every file the portal hands out (downloads of the queue, the learning log, the ERAS drafts): a file
 * to save under {@code fileName}, of the declared type only (no sniffing), kept by no cache but the user's own.
 */
public final class Attachment {

    private Attachment() {
    }

    public static void headers(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
    }
}

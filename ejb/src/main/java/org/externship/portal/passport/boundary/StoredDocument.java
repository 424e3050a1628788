package org.externship.portal.passport.boundary;

/**
 * A passport file opened for download: its metadata and its bytes (at most {@code portal.upload.max-bytes}).
 * Serve it as an attachment with {@link DocumentDto#contentType()} and {@code X-Content-Type-Options: nosniff}.
 */
public record StoredDocument(DocumentDto document, byte[] content) {

    public StoredDocument {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The file name to offer the browser: the sanitised upload name, ending in the detected type's extension. */
    public String downloadName() {
        String name = document.fileName();
        String extension = switch (document.contentType()) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            default -> "";
        };
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean matches = lower.endsWith(extension) || (extension.equals(".jpg") && lower.endsWith(".jpeg"));
        return matches ? name : name + extension;
    }
}

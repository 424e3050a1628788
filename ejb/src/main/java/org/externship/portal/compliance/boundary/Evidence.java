package org.externship.portal.compliance.boundary;

/**
 * A checklist item's file opened for download: serve it as an attachment with {@code contentType} (found by
 * inspecting it) and {@code X-Content-Type-Options: nosniff}.
 */
public record Evidence(String fileName, String contentType, byte[] content) {

    public Evidence {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}

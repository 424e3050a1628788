package org.externship.portal.passport.control;

/** What an accepted upload turned out to be: its detected content type, size and SHA-256 (hex). */
public record InspectedContent(String contentType, long sizeBytes, String sha256) {
}

package org.externship.portal.passport.boundary;

import org.externship.portal.passport.entity.DocumentKind;
import org.externship.portal.passport.entity.PassportDocument;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored passport file as the student and the hosts see it: what it is, its (sanitised) name, the content type
 * found by inspecting it, its size and SHA-256, the last day it is valid (none for the CV), and when it came.
 */
public record DocumentDto(long id, DocumentKind kind, String fileName, String contentType, long sizeBytes,
                          String sha256, LocalDate expiresOn, Instant uploadedAt) {

    /** Documents expiring within this many days are flagged to the student. */
    public static DocumentDto of(PassportDocument d) {
        return new DocumentDto(d.id(), d.kind(), d.fileName(), d.contentType(), d.sizeBytes(), d.sha256(),
                d.expiresOn(), d.uploadedAt());
    }

    public static final int WARNING_DAYS = 30;

    public ExpiryStatus expiryStatus(LocalDate today) {
        if (expiresOn == null) {
            return ExpiryStatus.NO_EXPIRY;
        }
        if (expiresOn.isBefore(today)) {
            return ExpiryStatus.EXPIRED;
        }
        if (!expiresOn.isAfter(today.plusDays(WARNING_DAYS))) {
            return ExpiryStatus.EXPIRES_SOON;
        }
        return ExpiryStatus.VALID;
    }

    /** Where a document stands on a given day. */
    public enum ExpiryStatus {
        NO_EXPIRY,
        VALID,
        EXPIRES_SOON,
        EXPIRED
    }
}

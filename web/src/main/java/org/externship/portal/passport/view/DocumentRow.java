package org.externship.portal.passport.view;

import org.externship.portal.passport.boundary.DocumentDto;
import org.externship.portal.passport.entity.DocumentKind;

import java.io.Serializable;

/**
 * One line of the passport's document table: a kind, the current file of that kind (null if none) and where it
 * stands today. Pages call the components as methods (EL 5 does not read records as properties).
 */
public record DocumentRow(DocumentKind kind, DocumentDto document, DocumentDto.ExpiryStatus status)
        implements Serializable {

    public boolean uploaded() {
        return document != null;
    }

    public boolean warning() {
        return status == DocumentDto.ExpiryStatus.EXPIRED || status == DocumentDto.ExpiryStatus.EXPIRES_SOON;
    }

    /** The CSS class of the status text. */
    public String statusStyle() {
        if (status == null) {
            return "doc-status";
        }
        return switch (status) {
            case EXPIRED -> "doc-status doc-status-expired";
            case EXPIRES_SOON -> "doc-status doc-status-soon";
            case VALID -> "doc-status doc-status-valid";
            case NO_EXPIRY -> "doc-status";
        };
    }

    /** The size for people: "84 KB", "1.2 MB". */
    public String size() {
        if (document == null) {
            return "";
        }
        long bytes = document.sizeBytes();
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}

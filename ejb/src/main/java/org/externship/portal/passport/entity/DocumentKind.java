package org.externship.portal.passport.entity;

import org.externship.portal.qualification.entity.DocumentType;

import java.util.Optional;

/**
 * What a file of the passport is: the CV, or one of the documents hosts may require ({@link DocumentType}), which
 * carry an expiry date. A student keeps at most one current file of each kind.
 */
public enum DocumentKind {
    CV(null),
    IMMUNIZATIONS(DocumentType.IMMUNIZATIONS),
    BLS(DocumentType.BLS),
    BACKGROUND_CHECK(DocumentType.BACKGROUND_CHECK),
    MALPRACTICE(DocumentType.MALPRACTICE),
    GOOD_STANDING(DocumentType.GOOD_STANDING),
    HIPAA_TRAINING(DocumentType.HIPAA_TRAINING);

    private final DocumentType requirement;

    DocumentKind(DocumentType requirement) {
        this.requirement = requirement;
    }

    /** The requirement this document meets; empty for the CV. */
    public Optional<DocumentType> requirement() {
        return Optional.ofNullable(requirement);
    }

    /** Documents that meet a requirement are valid until a date; the CV is not. */
    public boolean expires() {
        return requirement != null;
    }

    public static DocumentKind of(DocumentType type) {
        for (DocumentKind kind : values()) {
            if (kind.requirement == type) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no document kind for " + type);
    }
}

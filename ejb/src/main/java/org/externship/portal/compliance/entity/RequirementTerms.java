package org.externship.portal.compliance.entity;

import org.externship.portal.qualification.entity.DocumentType;

import java.time.Instant;

/**
 * What a requirement asks, however it was read: inside its hospital ({@link ComplianceRequirement}) or on a student's
 * read path across hospitals ({@link StudentRequirement}). A checklist is made of these and the items handed in.
 */
public interface RequirementTerms {

    Long id();

    String name();

    RequirementKind kind();

    /** The one externship it is for; null: every externship of the hospital. */
    Long externshipId();

    boolean expires();

    Integer validMonths();

    DocumentType documentType();

    /** When it was retired; null while it applies. */
    Instant retiredAt();

    /** Whether a placement of externship {@code externship} must meet it (while not retired). */
    default boolean appliesTo(long externship) {
        return retiredAt() == null && (externshipId() == null || externshipId() == externship);
    }
}

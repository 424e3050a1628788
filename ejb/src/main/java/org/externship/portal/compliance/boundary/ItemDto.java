package org.externship.portal.compliance.boundary;

import org.externship.portal.compliance.entity.ItemStatus;
import org.externship.portal.compliance.entity.RequirementKind;
import org.externship.portal.compliance.entity.Standing;
import org.externship.portal.qualification.entity.DocumentType;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One requirement of a placement's checklist and where it stands today: what was handed in (a file, or a copy of a
 * passport document), its expiry, the reason of a rejection, who checked it when. {@code itemId} null: nothing
 * handed in yet. {@code passportOffer}: for the student, the current passport document that would do (null: none).
 * {@code retired}: the requirement no longer applies; the item is kept on record.
 */
public record ItemDto(Long itemId, long requirementId, String requirement, RequirementKind kind, boolean expires,
        Integer validMonths, DocumentType documentType, ItemStatus status, Standing standing, String fileName,
        String contentType, Long sizeBytes, boolean fromPassport, LocalDate expiresOn, Instant submittedAt,
        String rejectionReason, String checkedBy, Instant checkedAt, PassportOffer passportOffer, boolean retired) {

    /** A document of the student's passport that satisfies the requirement: offered as evidence, no new upload. */
    public record PassportOffer(long documentId, String fileName, LocalDate expiresOn) {
    }

    /** Whether the student may hand in evidence now: anything but verified evidence that is not about to lapse. */
    public boolean openToHandIn() {
        return !retired && standing != Standing.VERIFIED;
    }

    /** Whether a coordinator may verify or reject it now. */
    public boolean awaitingCheck() {
        return !retired && status == ItemStatus.SUBMITTED;
    }
}

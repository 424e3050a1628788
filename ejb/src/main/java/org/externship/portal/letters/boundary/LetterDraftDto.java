package org.externship.portal.letters.boundary;

import java.time.Instant;

/**
 * The letter the attending writes in the portal, as they left it (or, before they saved anything, a skeleton to
 * start from), with the parts of the letterhead and signature the portal fills in: the hospital and the writer's
 * name and e-mail. {@code renderedVersion} is the version last created from it; {@code changedSinceRendered} says the
 * draft holds changes that no version has yet.
 */
public record LetterDraftDto(String body, String address, String phone, String signerTitle, String hospital,
                             String signerName, String email, Instant savedAt, Integer renderedVersion,
                             boolean changedSinceRendered) {

    /** Whether the attending saved it: otherwise it is the portal's skeleton. */
    public boolean saved() {
        return savedAt != null;
    }
}

package org.externship.portal.messaging.boundary;

import org.externship.portal.identity.entity.StaffRole;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A staff member the student may write to, through their placement ({@code applicationId}) at the staff member's
 * hospital: whether a new conversation is allowed now and, if not, from when ({@code nextAllowedAt}); after the
 * placement ({@code afterPlacement}) each new conversation starts from a template.
 */
public record ContactDto(long applicationId, String externshipTitle, String hospitalName, LocalDate placementStart,
                         LocalDate placementEnd, long staffId, String name, StaffRole role, boolean afterPlacement,
                         boolean allowed, Instant nextAllowedAt) {

    /** What the page's choice of recipient submits: "application:staff". */
    public String key() {
        return applicationId + ":" + staffId;
    }
}

package org.externship.portal.identity.boundary;

import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.identity.entity.StaffRole;

import java.time.Instant;

/**
 * A row of the staff directory as views show it; {@code deactivatedAt} is set while a coordinator has deactivated
 * them, {@code lastSignInAt} empty while an invitation is not yet taken up.
 */
public record StaffMemberDto(long id, String fullName, String email, StaffRole role, String title, String specialty,
                             Instant lastSignInAt, Instant deactivatedAt) {

    static StaffMemberDto of(StaffMember s) {
        return new StaffMemberDto(s.id(), s.fullName(), s.email(), s.role(), s.title(), s.specialty(),
                s.lastSignInAt(), s.deactivatedAt());
    }

    public boolean active() {
        return deactivatedAt == null;
    }
}

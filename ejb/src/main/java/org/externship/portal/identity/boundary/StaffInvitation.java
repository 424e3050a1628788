package org.externship.portal.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.externship.portal.identity.entity.StaffRole;

/**
 * Whom a coordinator invites to their hospital's staff, and as what: an attending or a coordinator, nothing else
 * (the role is one of {@link StaffRole}; the portal's other roles cannot even be named here).
 */
public record StaffInvitation(
        @NotBlank @Size(max = 80) String firstName,
        @NotBlank @Size(max = 80) String lastName,
        @NotBlank @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") @Size(max = 254) String email,
        @NotNull StaffRole role) {
}

package org.externship.portal.identity.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.externship.portal.tenant.boundary.HospitalDetails;

/** What the platform admin enters to onboard a hospital and invite its first coordinator. */
public record OnboardingRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?", message = "{portal.alias.pattern}")
        String alias,
        @NotNull @Valid HospitalDetails details,
        @NotBlank @Size(max = 120)
        @Pattern(regexp = "(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}", message = "{portal.domain.pattern}")
        String emailDomain,
        @NotBlank @Size(max = 80) String coordinatorFirstName,
        @NotBlank @Size(max = 80) String coordinatorLastName,
        @NotBlank @Email @Size(max = 254) String coordinatorEmail) {
}

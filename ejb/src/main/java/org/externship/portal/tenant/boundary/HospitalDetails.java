package org.externship.portal.tenant.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.externship.portal.shared.entity.UsStateCode;
import org.externship.portal.tenant.entity.HospitalType;

/** The public description of a hospital, which its coordinator keeps up to date. */
public record HospitalDetails(
        @NotBlank @Size(max = 160) String name,
        @NotNull HospitalType type,
        @NotBlank @Size(max = 80) String city,
        @NotBlank @UsStateCode String state) {
}

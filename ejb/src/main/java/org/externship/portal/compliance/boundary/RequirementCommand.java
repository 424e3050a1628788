package org.externship.portal.compliance.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.externship.portal.compliance.entity.ComplianceRequirement;
import org.externship.portal.compliance.entity.RequirementKind;
import org.externship.portal.qualification.entity.DocumentType;

/**
 * A requirement a coordinator adds: its name and kind, the one externship it is limited to (null: all), whether its
 * evidence expires and, if so, for how many months it is valid when the student gives no date, and the passport
 * document type that satisfies it (null: none, a file is uploaded).
 */
public record RequirementCommand(
        @NotBlank(message = "{portal.compliance.name.required}") @Size(max = ComplianceRequirement.NAME_MAX)
        String name,
        @NotNull RequirementKind kind,
        Long externshipId,
        boolean expires,
        @Min(1) @Max(120) Integer validMonths,
        DocumentType documentType) {
}

package org.externship.portal.compliance.boundary;

import org.externship.portal.compliance.entity.ComplianceRequirement;
import org.externship.portal.compliance.entity.RequirementKind;
import org.externship.portal.qualification.entity.DocumentType;

import java.util.Map;

/** A hospital's requirement as its coordinators see it; {@code externshipTitle} null: every externship. */
public record RequirementDto(long id, String name, RequirementKind kind, Long externshipId, String externshipTitle,
        boolean expires, Integer validMonths, DocumentType documentType) {

    static RequirementDto of(ComplianceRequirement r, Map<Long, String> titles) {
        return new RequirementDto(r.id(), r.name(), r.kind(), r.externshipId(),
                r.externshipId() == null ? null : titles.get(r.externshipId()), r.expires(), r.validMonths(),
                r.documentType());
    }
}

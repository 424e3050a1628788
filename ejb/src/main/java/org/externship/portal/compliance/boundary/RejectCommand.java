package org.externship.portal.compliance.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.externship.portal.compliance.entity.ComplianceItem;

/** A coordinator rejects checklist item {@code itemId}, saying why: the student reads the reason. */
public record RejectCommand(long itemId,
        @NotBlank(message = "{portal.compliance.reason.required}") @Size(max = ComplianceItem.REASON_MAX)
        String reason) {
}

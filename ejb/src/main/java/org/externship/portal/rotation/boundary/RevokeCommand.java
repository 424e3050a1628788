package org.externship.portal.rotation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.externship.portal.rotation.entity.Certificate;

/** Why the coordinator revokes the certificate of placement {@code placementId}; the reason is kept, not printed. */
public record RevokeCommand(long placementId, @NotBlank @Size(max = Certificate.REASON_MAX) String reason) {
}

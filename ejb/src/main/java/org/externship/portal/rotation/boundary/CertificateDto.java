package org.externship.portal.rotation.boundary;

import org.externship.portal.rotation.control.CertificateCodes;
import org.externship.portal.rotation.entity.Certificate;
import org.externship.portal.rotation.entity.CertificateFacts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate as its holder and its hospital see it: the facts, the code as shown ("K7Q2-MX4P-9TRA"), the short
 * link, and whether and why it was revoked.
 */
public record CertificateDto(long placementId, String code, String studentName, String hospitalName,
                             String externshipTitle, String kind, LocalDate startDate, LocalDate endDate,
                             BigDecimal confirmedHours, String attendings, Instant issuedAt, String shortLink,
                             Instant revokedAt, String revokeReason) {

    static CertificateDto of(Certificate c, String shortLink) {
        CertificateFacts f = c.facts();
        return new CertificateDto(c.placementId(), CertificateCodes.shown(f.code()), f.studentName(),
                f.hospitalName(), f.externshipTitle(), f.kind(), f.startDate(), f.endDate(), f.confirmedHours(),
                f.attendings(), f.issuedAt(), shortLink, c.revokedAt(), c.revokeReason());
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}

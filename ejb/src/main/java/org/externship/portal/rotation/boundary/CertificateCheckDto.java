package org.externship.portal.rotation.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the public verification page says of a certificate: {@link Verdict#GENUINE} with its facts,
 * {@link Verdict#REVOKED} with its facts and the day, or {@link Verdict#NOT_CONFIRMED} with nothing (no such code,
 * or a seal that does not match: altered or made up).
 */
public record CertificateCheckDto(Verdict verdict, String code, String studentName, String hospitalName,
                                  String externshipTitle, String kind, LocalDate startDate, LocalDate endDate,
                                  BigDecimal confirmedHours, String attendings, Instant issuedAt, Instant revokedAt) {

    /** The page's answer. */
    public enum Verdict { GENUINE, REVOKED, NOT_CONFIRMED }

    static CertificateCheckDto notConfirmed() {
        return new CertificateCheckDto(Verdict.NOT_CONFIRMED, null, null, null, null, null, null, null, null, null,
                null, null);
    }
}

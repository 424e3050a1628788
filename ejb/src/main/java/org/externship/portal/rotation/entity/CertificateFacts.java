package org.externship.portal.rotation.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What a certificate states, as printed and as sealed: nothing private beyond what the student shows by handing it
 * over (no contact details, no scores, no evaluation).
 *
 * @param kind        "Hands-on clinical externship in Internal Medicine"
 * @param attendings  the supervising attendings' names, as printed
 */
public record CertificateFacts(String code, String studentName, String hospitalName, String externshipTitle,
                               String kind, LocalDate startDate, LocalDate endDate, BigDecimal confirmedHours,
                               String attendings, Instant issuedAt) {

    public CertificateFacts {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(studentName, "studentName");
        Objects.requireNonNull(hospitalName, "hospitalName");
        Objects.requireNonNull(externshipTitle, "externshipTitle");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(confirmedHours, "confirmedHours");
        Objects.requireNonNull(attendings, "attendings");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /**
     * The facts as one text, field by field, each with its length first, so no two sets of facts read the same: what
     * the seal is computed over. Hours with two decimals and the issue day in UTC, as the database keeps them.
     */
    public String canonical() {
        StringBuilder text = new StringBuilder("certificate/1");
        for (String field : new String[] {code, studentName, hospitalName, externshipTitle, kind,
                startDate.toString(), endDate.toString(), confirmedHours.setScale(2).toPlainString(), attendings,
                issuedAt.atOffset(ZoneOffset.UTC).toLocalDate().toString()}) {
            text.append('|').append(field.length()).append(':').append(field);
        }
        return text.toString();
    }
}

package org.externship.portal.rotation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.rotation.control.CertificateCodes;
import org.externship.portal.rotation.control.CertificateSeal;
import org.externship.portal.rotation.entity.Certificate;
import org.externship.portal.rotation.entity.CertificateFacts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The public verification of a certificate (anyone, signed in or not): by its code, from the QR code's link (with
 * the seal) or typed (the code alone). Genuine only if the stored facts still carry their seal, and the seal in the
 * link, if any, is theirs; a revoked certificate says so; anything else is not confirmed, with nothing shown.
 */
@Stateless
@PermitAll
public class CertificateCheck {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CertificateSeal seal;

    /** @param sealText the seal from the QR code's link; null or blank when the code was typed */
    public CertificateCheckDto verify(String codeText, String sealText) {
        Optional<Certificate> found = CertificateCodes.read(codeText).flatMap(code ->
                em.createNamedQuery(Certificate.BY_CODE, Certificate.class).setParameter("code", code)
                        .getResultStream().findFirst());
        if (found.isEmpty()) {
            return CertificateCheckDto.notConfirmed();
        }
        Certificate certificate = found.get();
        CertificateFacts facts = certificate.facts();
        boolean linkMatches = sealText == null || sealText.isBlank() || MessageDigest.isEqual(
                sealText.getBytes(StandardCharsets.US_ASCII), certificate.seal().getBytes(StandardCharsets.US_ASCII));
        if (!linkMatches || !seal.matches(facts, certificate.seal())) {
            return CertificateCheckDto.notConfirmed();
        }
        return new CertificateCheckDto(certificate.isRevoked() ? CertificateCheckDto.Verdict.REVOKED
                : CertificateCheckDto.Verdict.GENUINE, CertificateCodes.shown(facts.code()), facts.studentName(),
                facts.hospitalName(), facts.externshipTitle(), facts.kind(), facts.startDate(), facts.endDate(),
                facts.confirmedHours(), facts.attendings(), facts.issuedAt(), certificate.revokedAt());
    }
}

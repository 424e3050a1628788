package org.externship.portal.rotation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.placement.boundary.Placements;
import org.externship.portal.rotation.control.CertificateDocuments;
import org.externship.portal.rotation.entity.Certificate;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.Text;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;

import java.util.Optional;

/**
 * The hospital's certificates, for its coordinators: issued when they complete a placement
 * ({@code CertificateIssuer}), read, downloaded and revoked with a reason. Another hospital's is not found.
 */
@Stateless
@TenantIsolated
@ReportsInvalidInput
@RolesAllowed(Roles.COORDINATOR)
public class Certificates {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Placements placements;

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser user;

    @Inject
    PortalClock clock;

    @Inject
    CertificateDocuments documents;

    /** The certificate of placement {@code placementId}; empty until the placement is completed. */
    public Optional<CertificateDto> of(long placementId) {
        placements.one(placementId);
        return find(placementId).map(c -> CertificateDto.of(c, documents.shortLink(c)));
    }

    /** The certificate of placement {@code placementId} as a PDF. */
    public byte[] pdf(long placementId) {
        placements.one(placementId);
        return documents.pdf(find(placementId).orElseThrow(() -> new NotFoundException("certificate", placementId)));
    }

    /** Revokes the certificate: the verification page then says so. Once. */
    public CertificateDto revoke(@NotNull @Valid RevokeCommand command) {
        placements.one(command.placementId());
        Certificate certificate = find(command.placementId())
                .orElseThrow(() -> new NotFoundException("certificate", command.placementId()));
        if (certificate.isRevoked()) {
            throw new NotAllowedException("certificate.revokedAlready");
        }
        certificate.revoke(user.name(), Text.trimmed(command.reason()), clock.now());
        return CertificateDto.of(certificate, documents.shortLink(certificate));
    }

    private Optional<Certificate> find(long placementId) {
        return em.createNamedQuery(Certificate.OF_PLACEMENT, Certificate.class)
                .setParameter("hospital", tenant.requireTenant())
                .setParameter("placement", placementId)
                .getResultStream().findFirst();
    }
}

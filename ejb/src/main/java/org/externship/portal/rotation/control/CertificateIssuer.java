package org.externship.portal.rotation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.listing.entity.Externship;
import org.externship.portal.placement.boundary.PlacementCompleting;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.entity.Placement;
import org.externship.portal.rotation.entity.AttendanceDay;
import org.externship.portal.rotation.entity.AttendanceStatus;
import org.externship.portal.rotation.entity.Certificate;
import org.externship.portal.rotation.entity.CertificateFacts;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.shared.control.Mailer;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.tenancy.TenantContext;

import java.math.BigDecimal;
import java.util.List;

/**
 * Issues the certificate when a coordinator completes a placement, in the same transaction: its facts (the
 * confirmed hours on site among them) sealed by {@link CertificateSeal}. Refuses the completion while the student's
 * logged days wait for confirmation (they would be missing from the certificate) or no attending is named. The
 * student is told by e-mail once it commits.
 */
@Dependent
public class CertificateIssuer {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Inject
    PortalClock clock;

    @Inject
    CertificateSeal seal;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    private final CertificateComposer composer = new CertificateComposer();
    private final CompletionMail mails = new CompletionMail();

    void issue(@Observes PlacementCompleting completing) {
        PlacementDto placement = completing.placement();
        if (placement.attendings().isEmpty()) {
            throw new NotAllowedException("certificate.noAttending");
        }
        String hospital = tenant.requireTenant();
        List<AttendanceDay> days = em.createNamedQuery(AttendanceDay.OF_PLACEMENT, AttendanceDay.class)
                .setParameter("hospital", hospital)
                .setParameter("placement", placement.id())
                .getResultList();
        long waiting = days.stream().filter(d -> d.status() == AttendanceStatus.LOGGED).count();
        if (waiting > 0) {
            throw new NotAllowedException("certificate.hoursWaiting", waiting);
        }
        BigDecimal hours = days.stream().map(AttendanceDay::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        Placement seat = em.find(Placement.class, placement.id());
        Externship externship = seat.application().externship();
        CertificateFacts facts = new CertificateFacts(CertificateCodes.next(), placement.studentName(),
                placement.hospitalName(), placement.externshipTitle(),
                composer.kind(externship.type().name(), externship.specialty().name()), placement.startDate(),
                placement.endDate(), hours, placement.attendingNames(), clock.now());
        em.persist(new Certificate(hospital, placement.id(), seat.studentSubject(), facts, seal.seal(facts)));
        mailer.sendAfterCommit(mails.certificate(seat.application().studentEmail(), placement.studentName(),
                placement.hospitalName(), placement.externshipTitle(), hours,
                baseUrl + "/student/attendance.xhtml?application=" + placement.applicationId()));
    }
}

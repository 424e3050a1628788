package org.externship.portal.rotation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.application.boundary.MyApplications;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.rotation.control.CertificateDocuments;
import org.externship.portal.rotation.entity.Certificate;
import org.externship.portal.rotation.entity.Evaluation;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;

import java.util.List;
import java.util.Optional;

/**
 * What a student receives at the end of a placement (issue 10): the attendings' evaluations once sent, and the
 * certificate once the placement is completed, also as a PDF. Reached through the student's own application
 * ({@link MyPlacements}); anyone else's is not found.
 */
@Stateless
@RolesAllowed(Roles.STUDENT)
public class MyCompletion {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MyPlacements placements;

    @Inject
    MyApplications applications;

    @Inject
    CurrentUser user;

    @Inject
    CertificateDocuments documents;

    /**
     * What the placement the caller's application {@code applicationId} became gave them: the evaluations sent and
     * the certificate once it is completed. The placement and its hospital are looked up once.
     */
    public CompletionDto of(long applicationId) {
        PlacementDto placement = placement(applicationId);
        String hospital = applications.hospitalOf(applicationId);
        List<EvaluationDto> evaluations = em.createNamedQuery(Evaluation.OF_PLACEMENT, Evaluation.class)
                .setParameter("hospital", hospital)
                .setParameter("placement", placement.id())
                .getResultStream()
                .filter(e -> e.studentSubject().equals(user.subject()))
                .map(EvaluationDto::of)
                .toList();
        return new CompletionDto(evaluations, certificateOf(placement, hospital)
                .map(c -> CertificateDto.of(c, documents.shortLink(c))).orElse(null));
    }

    /** The certificate as a PDF. */
    public byte[] certificatePdf(long applicationId) {
        return documents.pdf(find(applicationId)
                .orElseThrow(() -> new NotFoundException("certificate", applicationId)));
    }

    private Optional<Certificate> find(long applicationId) {
        return certificateOf(placement(applicationId), applications.hospitalOf(applicationId));
    }

    private Optional<Certificate> certificateOf(PlacementDto placement, String hospital) {
        return em.createNamedQuery(Certificate.OF_PLACEMENT, Certificate.class)
                .setParameter("hospital", hospital)
                .setParameter("placement", placement.id())
                .getResultStream()
                .filter(c -> c.studentSubject().equals(user.subject()))
                .findFirst();
    }

    private PlacementDto placement(long applicationId) {
        return placements.ofApplication(applicationId)
                .orElseThrow(() -> new NotFoundException("placement", applicationId));
    }
}

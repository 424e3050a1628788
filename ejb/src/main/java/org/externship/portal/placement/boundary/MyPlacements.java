package org.externship.portal.placement.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.application.boundary.MyApplications;
import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.placement.control.StudentPlacementReadPath;
import org.externship.portal.placement.entity.Placement;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.HospitalScope;

import java.util.List;
import java.util.Optional;

/**
 * The student's own placements. A placement is found through the student's own application: the application's
 * boundary proves it is the caller's and names its hospital, which this boundary then enters.
 */
@Stateless
@RolesAllowed(Roles.STUDENT)
public class MyPlacements {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MyApplications applications;

    @Inject
    HospitalScope hospital;

    @Inject
    CurrentUser user;

    @Inject
    StudentPlacementReadPath readPath;

    /** The placement the caller's application {@code applicationId} became, once accepted; not found if not theirs. */
    public Optional<PlacementDto> ofApplication(long applicationId) {
        hospital.enter(applications.hospitalOf(applicationId));
        return em.createNamedQuery(Placement.OF_APPLICATION, Placement.class)
                .setParameter("application", applicationId)
                .getResultStream()
                .filter(p -> p.studentSubject().equals(user.subject()))
                .findFirst()
                .map(PlacementDto::of);
    }

    /** The caller's placements as their accepted applications name them, in every hospital; no hospital is entered. */
    public List<ApplicationSummary> mine() {
        return applications.mine().stream().filter(a -> a.status() == ApplicationStatus.ACCEPTED).toList();
    }

    /**
     * The caller's placements in every hospital with where each stands, by first day: one query whatever their number
     * or their hospitals; no hospital is entered.
     */
    public List<PlacementOfMine> everywhere() {
        return readPath.placementsOf(user.subject());
    }

    /**
     * Attending {@code staffMemberId} as a supervisor of the placement the caller's application {@code applicationId}
     * became; empty if the application is not the caller's, was not placed, or the attending does not supervise it.
     * Enters the placement's hospital.
     */
    public Optional<SupervisorOfMine> supervisor(long applicationId, long staffMemberId) {
        String hospitalAlias = applications.hospitalOf(applicationId);
        hospital.enter(hospitalAlias);
        return em.createNamedQuery(Placement.OF_APPLICATION, Placement.class)
                .setParameter("application", applicationId)
                .getResultStream()
                .filter(p -> p.studentSubject().equals(user.subject()))
                .findFirst()
                .flatMap(p -> p.attendings().stream().filter(a -> a.id() == staffMemberId).findFirst()
                        .map(a -> new SupervisorOfMine(hospitalAlias, p.id(), applicationId, a.keycloakUserId(),
                                a.fullName())));
    }

    /** A supervising attending of one of the student's placements, with what a log entry records of them. */
    public record SupervisorOfMine(String hospitalAlias, long placementId, long applicationId, String subject,
                                   String name) {
    }
}

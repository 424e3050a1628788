package org.externship.portal.placement.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.application.boundary.MyApplications;
import org.externship.portal.placement.entity.Placement;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.HospitalScope;

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
}

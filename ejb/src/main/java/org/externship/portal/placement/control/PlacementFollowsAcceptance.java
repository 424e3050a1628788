package org.externship.portal.placement.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.application.boundary.ApplicationStatusChanged;
import org.externship.portal.application.entity.Application;
import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.placement.entity.Placement;

/**
 * Keeps placements in step with applications, inside the transaction that moved the application (which has entered
 * its hospital): an accepted offer becomes a placement; a placement given up before it started goes (nothing hangs
 * off it yet, and the application's timeline keeps the story).
 */
@Dependent
public class PlacementFollowsAcceptance {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    void applicationMoved(@Observes ApplicationStatusChanged change) {
        if (change.status() == ApplicationStatus.ACCEPTED) {
            em.persist(new Placement(em.find(Application.class, change.applicationId()), change.at()));
        } else if (change.placementGivenUp()) {
            em.createNamedQuery(Placement.OF_APPLICATION, Placement.class)
                    .setParameter("application", change.applicationId())
                    .getResultStream()
                    .findFirst()
                    .ifPresent(em::remove);
        }
    }
}

package org.externship.portal.application.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.application.entity.Application;
import org.externship.portal.listing.boundary.PeriodsChanging;
import org.externship.portal.listing.entity.RotationPeriod;
import org.externship.portal.shared.boundary.NotAllowedException;

import java.time.Instant;

/**
 * Keeps a coordinator's changes to rotation periods honest towards the applications: a period with applications
 * stays (its applicants would lose what they applied to), and a period keeps at least as many seats as offers
 * and acceptances hold.
 */
@Dependent
public class PeriodCapacityGuard {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    void check(@Observes PeriodsChanging changing) {
        Instant now = Instant.now();
        for (PeriodsChanging.Change change : changing.changes()) {
            RotationPeriod period = em.getReference(RotationPeriod.class, change.periodId());
            if (change.removed()) {
                long applications = em.createNamedQuery(Application.OF_PERIOD, Long.class)
                        .setParameter("period", period)
                        .getSingleResult();
                if (applications > 0) {
                    throw new NotAllowedException("listing.periodHasApplications", change.startDate(), applications);
                }
            } else {
                long held = em.createNamedQuery(Application.SEATS_HELD, Long.class)
                        .setParameter("period", period)
                        .setParameter("now", now)
                        .getSingleResult();
                if (change.seats() < held) {
                    throw new NotAllowedException("listing.seatsBelowTaken", change.startDate(), held);
                }
            }
        }
    }
}

package org.externship.portal.listing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.shared.tenancy.HospitalScope;

import java.time.LocalDate;

/** Test-only changes the portal itself never makes, such as a published externship whose deadline has passed. */
@Stateless
public class ListingBackdoor {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    HospitalScope hospitalScope;

    public void moveDeadline(String hospitalAlias, long externshipId, LocalDate deadline) {
        hospitalScope.enter(hospitalAlias);
        int changed = em.createQuery("update Externship e set e.applicationDeadline = :deadline where e.id = :id")
                .setParameter("deadline", deadline)
                .setParameter("id", externshipId)
                .executeUpdate();
        if (changed != 1) {
            throw new IllegalStateException("externship " + externshipId + " of " + hospitalAlias + " not found");
        }
    }

    /**
     * Moves the start of rotation period {@code periodId} (and the externship's kept first and last starts, as a save
     * would), to make a period that has already begun while its externship still takes applications.
     */
    public void movePeriodStart(String hospitalAlias, long externshipId, long periodId, LocalDate start) {
        hospitalScope.enter(hospitalAlias);
        int changed = em.createQuery("update RotationPeriod p set p.startDate = :start where p.id = :id")
                .setParameter("start", start)
                .setParameter("id", periodId)
                .executeUpdate();
        changed += em.createQuery("update Externship e set e.firstStart = :start, e.lastStart = :start "
                        + "where e.id = :id")
                .setParameter("start", start)
                .setParameter("id", externshipId)
                .executeUpdate();
        if (changed != 2) {
            throw new IllegalStateException("period " + periodId + " of " + hospitalAlias + " not found");
        }
    }
}

package org.externship.portal.listing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.shared.entity.TenantOwned;

import java.time.LocalDate;

/** Test-only changes the portal itself never makes, such as a published externship whose deadline has passed. */
@Stateless
public class ListingBackdoor {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public void moveDeadline(String hospitalAlias, long externshipId, LocalDate deadline) {
        em.setProperty(TenantOwned.TENANT_PROPERTY, hospitalAlias);
        int changed = em.createQuery("update Externship e set e.applicationDeadline = :deadline where e.id = :id")
                .setParameter("deadline", deadline)
                .setParameter("id", externshipId)
                .executeUpdate();
        if (changed != 1) {
            throw new IllegalStateException("externship " + externshipId + " of " + hospitalAlias + " not found");
        }
    }
}

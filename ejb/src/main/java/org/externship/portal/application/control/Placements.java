package org.externship.portal.application.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.application.entity.Application;
import org.externship.portal.application.entity.Placement;

import java.util.Optional;

/** Finds the placement an accepted application became, inside the hospital the transaction has entered. */
@Dependent
public class Placements {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<Placement> of(Application application) {
        return em.createNamedQuery(Placement.OF_APPLICATION, Placement.class)
                .setParameter("application", application.id())
                .getResultStream()
                .findFirst();
    }
}

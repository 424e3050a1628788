package org.externship.portal.application.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.externship.portal.application.entity.StudentApplication;

import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every five minutes: finds the hospitals with run-out offers and lets {@link OfferHousekeeping} lapse them. */
@Singleton
public class OfferLapses {

    private static final Logger LOG = Logger.getLogger(OfferLapses.class.getName());

    @PersistenceUnit(unitName = "portal")
    EntityManagerFactory emf;

    @Inject
    OfferHousekeeping housekeeping;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    public void lapseRunOutOffers() {
        Instant now = Instant.now();
        for (String hospitalAlias : hospitalsWithRunOutOffers(now)) {
            try {
                housekeeping.lapseOffers(hospitalAlias, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Offers of " + hospitalAlias + " not lapsed yet: " + e.getMessage(), e);
            }
        }
    }

    private List<String> hospitalsWithRunOutOffers(Instant now) {
        try (var em = emf.createEntityManager()) {
            return em.createNamedQuery(StudentApplication.HOSPITALS_WITH_RUN_OUT_OFFERS, String.class)
                    .setParameter("now", now)
                    .getResultList();
        }
    }
}

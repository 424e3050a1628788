package org.externship.portal.compliance.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.externship.portal.shared.control.PortalClock;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The expiry warnings (issue 10): on weekdays at 10:00, on every node (a timer that is not persistent), warns each
 * student whose verified evidence lapses within 30 days, hospital by hospital, each warning through
 * {@link ExpiryWarnings} in a transaction of its own, claimed once across the cluster; one that fails is tried again
 * at the next run.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExpiryWatch {

    private static final Logger LOG = Logger.getLogger(ExpiryWatch.class.getName());

    @PersistenceUnit(unitName = "portal")
    EntityManagerFactory emf;

    @Inject
    ExpiryWarnings warnings;

    @Inject
    PortalClock clock;

    @Schedule(dayOfWeek = "Mon-Fri", hour = "10", minute = "0", persistent = false)
    public void weekdayMornings() {
        run();
    }

    /** Sends the warnings due today; returns how many e-mails go out. */
    public int run() {
        int sent = 0;
        for (String hospital : hospitals()) {
            for (Long item : warnings.due(hospital, clock.today())) {
                try {
                    sent += warnings.warn(hospital, item, clock.now()) ? 1 : 0;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Expiry warning not sent yet, tried again at the next run: " + e, e);
                }
            }
        }
        return sent;
    }

    private List<String> hospitals() {
        try (var em = emf.createEntityManager()) {
            return em.createQuery("select h.alias from Hospital h order by h.alias", String.class).getResultList();
        }
    }
}

package org.externship.portal.rotation.control;

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
 * The evaluation reminders (issue 10): every ten minutes, on every node (a timer that is not persistent), sends
 * those that have fallen due, hospital by hospital, each through {@link EvaluationReminders} in a transaction of its
 * own; one that fails is tried again at the next run.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EvaluationFollowUps {

    private static final Logger LOG = Logger.getLogger(EvaluationFollowUps.class.getName());

    @PersistenceUnit(unitName = "portal")
    EntityManagerFactory emf;

    @Inject
    EvaluationReminders reminders;

    @Inject
    PortalClock clock;

    @Schedule(hour = "*", minute = "5/10", persistent = false)
    public void everyTenMinutes() {
        run();
    }

    /** Sends what is due now; returns how many e-mails go out. */
    public int run() {
        int sent = 0;
        for (String hospital : hospitals()) {
            for (EvaluationReminders.Due due : reminders.due(hospital, clock.now(), clock.today())) {
                try {
                    sent += reminders.remind(hospital, due, clock.now()) ? 1 : 0;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Evaluation reminder not sent yet, tried again at the next run: " + e, e);
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

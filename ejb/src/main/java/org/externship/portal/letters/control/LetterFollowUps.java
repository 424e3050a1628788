package org.externship.portal.letters.control;

import org.externship.portal.shared.control.ReminderPlan;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.externship.portal.shared.entity.StoredTime;

import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The letters' follow-ups (issue 11): every ten minutes, on every node (a timer that is not persistent), sends the
 * reminders that have fallen due to attendings ({@link ReminderPlan}) and the students' nudges waiting for the
 * attending's working hours, and the download links of complete letters whose writers the hospital has deactivated
 * (the portal sends them in the writer's stead), each through {@link FollowUpSender} in a transaction of its own.
 * Nodes that run at the same moment do not send the same mail twice: each is claimed under a row lock; one that fails
 * is tried again at the next run.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LetterFollowUps {

    private static final Logger LOG = Logger.getLogger(LetterFollowUps.class.getName());

    @PersistenceUnit(unitName = "portal")
    EntityManagerFactory emf;

    @Inject
    FollowUpSender sender;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    public void everyTenMinutes() {
        run(StoredTime.now());
    }

    /**
     * Sends what is due at {@code now}, hospital by hospital (a request is its hospital's: row-level security shows a
     * job only the rows of the hospital it enters).
     *
     * @return how many e-mails go out
     */
    public int run(Instant now) {
        int sent = 0;
        for (String hospital : hospitals()) {
            for (FollowUpSender.Due due : sender.due(hospital, now)) {
                try {
                    sent += (due.reminder() ? sender.remind(hospital, due.request(), now) ? 1 : 0 : 0)
                            + (due.nudge() ? sender.passOnNudge(hospital, due.request(), now) ? 1 : 0 : 0);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Letter follow-up not sent yet, tried again at the next run: " + e, e);
                }
            }
            for (long delivery : sender.linksForDeactivatedWriters(hospital)) {
                try {
                    sent += sender.sendForWriter(hospital, delivery) ? 1 : 0;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Letter link not sent for its writer yet, tried again at the next run: "
                            + e, e);
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

package org.externship.portal.messaging.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.externship.portal.messaging.entity.ThreadMessage;
import org.externship.portal.shared.control.PortalClock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Messages held for the recipient's working hours: every five minutes, on every node (a timer that is not
 * persistent), finds those whose moment has come and whose e-mail has not gone, and lets {@link MessageRelease} send
 * each in a transaction of its own. The recipient's inbox does not wait for this: it shows a message from its
 * delivery moment on; the job only sends the e-mail.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HeldMessages {

    private static final Logger LOG = Logger.getLogger(HeldMessages.class.getName());

    @PersistenceUnit(unitName = "portal")
    EntityManagerFactory emf;

    @Inject
    MessageRelease release;

    @Inject
    PortalClock clock;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    public void everyFewMinutes() {
        run(clock.now());
    }

    /**
     * Sends the e-mail of every message delivered by {@code now} that has not had one.
     *
     * @return the messages whose e-mail goes out (a muted thread's message is let out without one)
     */
    public List<Long> run(Instant now) {
        List<Long> sent = new ArrayList<>();
        for (Object[] due : due(now)) {
            try {
                if (release.release((Long) due[0], (String) due[1], now)) {
                    sent.add((Long) due[0]);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Message e-mail not sent yet, tried again in five minutes: " + e.getMessage(), e);
            }
        }
        return sent;
    }

    private List<Object[]> due(Instant now) {
        try (var em = emf.createEntityManager()) {
            return em.createNamedQuery(ThreadMessage.DUE, Object[].class)
                    .setParameter("now", now)
                    .getResultList();
        }
    }
}

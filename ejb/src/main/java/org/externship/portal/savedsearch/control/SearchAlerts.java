package org.externship.portal.savedsearch.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.savedsearch.entity.SavedSearch;
import org.externship.portal.shared.entity.StoredTime;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Saved searches' alerts: every hour, on every node (a timer that is not persistent), finds the students with saved
 * searches due since the day's alert hour ({@link AlertSchedule}, {@code portal.alerts.hour}, the server's time zone)
 * and lets {@link AlertSender} alert each one in a transaction of its own. Nodes that run at the same moment do not
 * send the same mail twice: each search is claimed by a conditional update. The hours after the first run of the day
 * take up whoever a failure left out.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchAlerts {

    private static final Logger LOG = Logger.getLogger(SearchAlerts.class.getName());

    @PersistenceUnit(unitName = "portal")
    EntityManagerFactory emf;

    @Inject
    AlertSender sender;

    @Inject
    @ConfigProperty(name = "portal.alerts.hour", defaultValue = "7")
    int hour;

    @Schedule(hour = "*", minute = "11", persistent = false)
    public void hourly() {
        run(StoredTime.now());
    }

    /**
     * Alerts every student whose saved searches are due at {@code now}.
     *
     * @return how many e-mails go out
     */
    public int run(Instant now) {
        Instant cutoff = AlertSchedule.cutoff(now, ZoneId.systemDefault(), hour);
        int sent = 0;
        for (String student : studentsDue(cutoff)) {
            try {
                sent += sender.alert(student, cutoff, now) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Saved-search alert not sent yet, tried again next hour: " + e.getMessage(), e);
            }
        }
        return sent;
    }

    private List<String> studentsDue(Instant cutoff) {
        try (var em = emf.createEntityManager()) {
            return em.createNamedQuery(SavedSearch.STUDENTS_DUE, String.class)
                    .setParameter("cutoff", cutoff)
                    .getResultList();
        }
    }
}

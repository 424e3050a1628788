package org.externship.portal.notification.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.application.boundary.ApplicationStatusChanged;
import org.externship.portal.application.boundary.PlacementRearranged;
import org.externship.portal.application.entity.Actor;
import org.externship.portal.application.entity.Application;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.messaging.boundary.MessageReported;
import org.externship.portal.notification.entity.Notification;
import org.externship.portal.shared.control.Mailer.Mail;
import org.externship.portal.shared.control.Mailer;
import org.externship.portal.shared.tenancy.HospitalScope;

import java.time.ZoneId;
import java.util.List;

/**
 * Tells the other side of an application that its status changed: the student when the hospital (or the portal)
 * moved it, the hospital's coordinators when the student did, once the application was submitted (a draft, even a
 * withdrawn one, never reaches the hospital). Tells a hospital's coordinators, and only theirs, that a staff member
 * reported a student's message ({@link MessageReported}). Tells a student that a coordinator changed their placement
 * ({@link PlacementRearranged}: other dates, other supervising attendings). It observes each event once the change
 * has committed (a rolled-back change tells nobody), and writes the notification in a transaction of its own; the
 * e-mails leave after that one commits.
 */
@Stateless
public class Notifier {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    HospitalScope hospital;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void statusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApplicationStatusChanged change) {
        if (change.movedBy() == Actor.STUDENT) {
            if (change.submitted()) {
                tellCoordinators(change);
            }
        } else {
            tellStudent(change);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void messageReported(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageReported report) {
        hospital.enter(report.hospitalAlias());
        Application application = em.find(Application.class, report.applicationId());
        em.persist(Notification.messageReported(report.hospitalAlias(), report.applicationId(),
                application.externshipTitle(), report.studentName(), application.hospitalName(), report.reportedBy(),
                report.at()));
        String link = baseUrl + "/coordinator/reported-messages.xhtml";
        for (String address : coordinatorAddresses(report.hospitalAlias())) {
            mailer.sendAfterCommit(new ReportMail().compose(address, report, application.externshipTitle(), link));
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void placementRearranged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlacementRearranged change) {
        em.persist(Notification.placementRearranged(change.studentSubject(), change.applicationId(), change.what(),
                change.startDate(), change.endDate(), change.attendings(), change.externshipTitle(),
                change.studentName(), change.hospitalName(), change.at()));
        String link = baseUrl + "/student/application.xhtml?id=" + change.applicationId();
        mailer.sendAfterCommit(new RearrangementMail().compose(change, link));
    }

    private void tellStudent(ApplicationStatusChanged change) {
        em.persist(Notification.forStudent(change.studentSubject(), change.applicationId(), change.status(),
                change.externshipTitle(), change.studentName(), change.hospitalName(), change.at()));
        String link = baseUrl + "/student/application.xhtml?id=" + change.applicationId();
        mailer.sendAfterCommit(mail(change.studentEmail(), "student", change, link));
    }

    private void tellCoordinators(ApplicationStatusChanged change) {
        em.persist(Notification.forCoordinators(change.hospitalAlias(), change.applicationId(), change.status(),
                change.externshipTitle(), change.studentName(), change.hospitalName(), change.at()));
        String link = baseUrl + "/coordinator/application.xhtml?id=" + change.applicationId();
        for (String address : coordinatorAddresses(change.hospitalAlias())) {
            mailer.sendAfterCommit(mail(address, "coordinators", change, link));
        }
    }

    /** The e-mail addresses of the hospital's coordinators (the tenant predicate applies). */
    private List<String> coordinatorAddresses(String hospitalAlias) {
        hospital.enter(hospitalAlias);
        return em.createNamedQuery(StaffMember.ACTIVE_IN_ROLE, StaffMember.class)
                .setParameter("role", StaffRole.COORDINATOR)
                .getResultStream()
                .map(StaffMember::email)
                .toList();
    }

    private static Mail mail(String to, String audience, ApplicationStatusChanged change, String link) {
        return new StatusMail(ZoneId.systemDefault()).compose(to, audience, change, link);
    }
}

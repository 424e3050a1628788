package org.externship.portal.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.application.entity.Actor;
import org.externship.portal.application.entity.Application;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.notification.entity.Notification;
import org.externship.portal.shared.control.Mailer;
import org.externship.portal.shared.control.Mailer.Mail;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Tells the other side of an application that its status changed: the student when the hospital (or the portal)
 * moved it, the hospital's coordinators when the student did. Runs inside the boundary's transaction, which has
 * entered the application's hospital: the notification row commits with the change, the e-mail leaves after it.
 */
@Dependent
public class Notifier {

    private static final String BUNDLE = "org.externship.portal.notification.mails";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    public void statusChanged(Application application, String hospitalAlias, Actor movedBy, Instant now) {
        if (movedBy == Actor.STUDENT) {
            tellCoordinators(application, hospitalAlias, now);
        } else {
            tellStudent(application, now);
        }
    }

    private void tellStudent(Application application, Instant now) {
        em.persist(Notification.forStudent(application.studentSubject(), application.id(), application.status(),
                application.externshipTitle(), application.studentName(), application.hospitalName(), now));
        String link = baseUrl + "/student/application.xhtml?id=" + application.id();
        mailer.sendAfterCommit(mail(application.studentEmail(), "student", application, link));
    }

    private void tellCoordinators(Application application, String hospitalAlias, Instant now) {
        em.persist(Notification.forCoordinators(hospitalAlias, application.id(), application.status(),
                application.externshipTitle(), application.studentName(), application.hospitalName(), now));
        String link = baseUrl + "/coordinator/application.xhtml?id=" + application.id();
        for (String address : coordinatorAddresses()) {
            mailer.sendAfterCommit(mail(address, "coordinators", application, link));
        }
    }

    /** The e-mail addresses of the entered hospital's coordinators (the tenant predicate applies). */
    private List<String> coordinatorAddresses() {
        return em.createQuery("select s.email from StaffMember s where s.role = :role", String.class)
                .setParameter("role", StaffRole.COORDINATOR)
                .getResultList();
    }

    private static Mail mail(String to, String audience, Application application, String link) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        Object[] arguments = {application.externshipTitle(), application.hospitalName(), application.studentName(),
                link, texts.getString("status." + application.status())};
        return new Mail(to, format(texts, audience + ".subject", arguments),
                format(texts, audience + ".body", arguments));
    }

    private static String format(ResourceBundle texts, String key, Object[] arguments) {
        return new MessageFormat(texts.getString(key), Locale.ENGLISH).format(arguments);
    }
}

package org.externship.portal.messaging.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.messaging.entity.MessageThread;
import org.externship.portal.messaging.entity.ThreadMessage;
import org.externship.portal.shared.control.Mailer;

import java.time.Instant;

/**
 * The e-mail of a delivered message, after the commit: to the staff member (unless they muted the thread) or to the
 * student. Called inside the hospital of the thread (its staff directory gives the staff member's address), by the
 * boundary for a message delivered at once and by {@link MessageRelease} for one that waited.
 */
@Dependent
public class Notices {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    private final MessageMail mail = new MessageMail();

    /**
     * Marks the e-mail of {@code message} as gone at {@code now} and sends it after the commit, if anyone is to get it.
     *
     * @return whether an e-mail goes out
     */
    public boolean notify(ThreadMessage message, Instant now) {
        message.notified(now);
        return send(message);
    }

    /** Sends the e-mail of {@code message}, already claimed; whether one goes out. */
    boolean send(ThreadMessage message) {
        MessageThread thread = message.thread();
        if (message.isFromStudent()) {
            if (thread.isMuted()) {
                return false;
            }
            StaffMember staff = em.find(StaffMember.class, thread.staffId());
            if (staff == null || staff.email() == null) {
                return false;
            }
            mailer.sendAfterCommit(mail.compose(staff.email(), true, thread.studentName(), staff.fullName(),
                    baseUrl + "/staff/messages.xhtml"));
            return true;
        }
        if (thread.studentEmail() == null || thread.studentEmail().isBlank()) {
            return false;
        }
        mailer.sendAfterCommit(mail.compose(thread.studentEmail(), false, thread.staffName(), thread.studentName(),
                baseUrl + "/student/messages.xhtml"));
        return true;
    }
}

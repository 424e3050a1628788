package org.externship.portal.messaging.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.externship.portal.learninglog.boundary.PatientPrivacy;
import org.externship.portal.messaging.boundary.ThreadViews.Reader;
import org.externship.portal.messaging.control.Notices;
import org.externship.portal.messaging.entity.MessageThread;
import org.externship.portal.messaging.entity.ThreadMessage;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A staff member's conversations with students in the hospital they act for (issue 11). A student's message appears
 * from its delivery moment on (held ones only in the staff member's working hours) and is unread until the staff
 * member reads their conversations or replies. Staff reply at once and without limits, mute a conversation (no
 * e-mails, nothing unread) or report a student's message to the hospital's coordinators. Another staff member's
 * conversation, or another hospital's, is not found.
 */
@Stateless
@TenantIsolated
@ReportsInvalidInput
@RolesAllowed({Roles.ATTENDING, Roles.COORDINATOR})
public class StaffMessages {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    TenantContext tenant;

    @Inject
    PortalClock clock;

    @Inject
    PatientPrivacy privacy;

    @Inject
    Notices notices;

    @Inject
    Event<MessageReported> reports;

    /** The caller's conversations with a delivered message, newest first. */
    public List<ThreadDto> inbox() {
        return ThreadViews.of(em, mine(), Reader.STAFF, clock.now());
    }

    /**
     * The caller reads their conversations: as {@link #inbox()}, with what was unread until now, and from now on
     * read (a student's message delivered later is unread again).
     */
    public List<ThreadDto> readInbox() {
        return ThreadViews.read(em, mine(), Reader.STAFF, clock.now());
    }

    /** The students' delivered messages the caller has not read, in conversations they did not mute: one count. */
    public long unreadCount() {
        return em.createNamedQuery(ThreadMessage.UNREAD_FOR_STAFF, Long.class)
                .setParameter("hospital", tenant.requireTenant())
                .setParameter("staff", user.subject())
                .setParameter("now", clock.now())
                .getSingleResult();
    }

    /** Replies at once (staff have no quiet hours for students and no limits); the student gets an e-mail. */
    public ThreadDto reply(long threadId, @NotBlank @Size(max = ThreadMessage.BODY_MAX) String body) {
        Instant now = clock.now();
        MessageThread thread = thread(threadId);
        privacy.requireDeidentified(Map.of("body", body.strip()));
        ThreadMessage message = new ThreadMessage(thread, false, body.strip(), now, now, null);
        em.persist(message);
        notices.notify(message, now);
        thread.readByStaff(now);
        return ThreadViews.of(em, List.of(thread), Reader.STAFF, now).get(0);
    }

    /** No more e-mails from conversation {@code threadId}, and nothing unread in it; or again, {@code muted} false. */
    public void mute(long threadId, boolean muted) {
        thread(threadId).mute(muted);
    }

    /**
     * Reports the student's message {@code messageId} of one of the caller's conversations to the coordinators, who
     * are told ({@link MessageReported}, after the commit) the first time.
     */
    public void report(long messageId) {
        Instant now = clock.now();
        ThreadMessage message = em.find(ThreadMessage.class, messageId);
        if (message == null || !message.isFromStudent() || !message.isDelivered(now)
                || !message.hospitalAlias().equals(tenant.requireTenant())
                || !message.thread().staffSubject().equals(user.subject())) {
            throw new NotFoundException("message", messageId);
        }
        if (message.report(user.name(), now)) {
            MessageThread thread = message.thread();
            reports.fire(new MessageReported(thread.hospitalAlias(), message.id(), thread.applicationId(),
                    thread.studentName(), user.name(), now));
        }
    }

    private List<MessageThread> mine() {
        return em.createNamedQuery(MessageThread.FOR_STAFF, MessageThread.class)
                .setParameter("hospital", tenant.requireTenant())
                .setParameter("staff", user.subject())
                .getResultList();
    }

    private MessageThread thread(long threadId) {
        return mine().stream().filter(t -> t.id() == threadId).findFirst()
                .orElseThrow(() -> new NotFoundException("conversation", threadId));
    }
}

package org.externship.portal.messaging.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.externship.portal.learninglog.boundary.PatientPrivacy;
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
 * from its delivery moment on (held ones only in the staff member's working hours). Staff reply at once and without
 * limits, mute a conversation (no e-mails, nothing unread) or report a student's message to the hospital's
 * coordinators. Another staff member's conversation, or another hospital's, is not found.
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

    /** The caller's conversations with a delivered message, newest first. */
    public List<ThreadDto> inbox() {
        Instant now = clock.now();
        return ThreadViews.of(em, mine(), m -> !m.isFromStudent() || m.isDelivered(now), now,
                messages -> unread(messages));
    }

    /** The students' delivered messages the caller has not read, in conversations they did not mute. */
    public int unreadCount() {
        return inbox().stream().mapToInt(ThreadDto::unread).sum();
    }

    /** The caller read conversation {@code threadId} now. */
    public void read(long threadId) {
        thread(threadId).readByStaff(clock.now());
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
        return ThreadViews.of(em, List.of(thread), m -> !m.isFromStudent() || m.isDelivered(now), now,
                this::unread).get(0);
    }

    /** No more e-mails from conversation {@code threadId}, and nothing unread in it; or again, {@code muted} false. */
    public void mute(long threadId, boolean muted) {
        thread(threadId).mute(muted);
    }

    /** Reports the student's message {@code messageId} of one of the caller's conversations to the coordinators. */
    public void report(long messageId) {
        Instant now = clock.now();
        ThreadMessage message = em.find(ThreadMessage.class, messageId);
        if (message == null || !message.isFromStudent() || !message.isDelivered(now)
                || !message.hospitalAlias().equals(tenant.requireTenant())
                || !message.thread().staffSubject().equals(user.subject())) {
            throw new NotFoundException("message", messageId);
        }
        message.report(user.name(), now);
    }

    private int unread(List<ThreadMessage> messages) {
        if (messages.isEmpty() || messages.get(0).thread().isMuted()) {
            return 0;
        }
        Instant read = messages.get(0).thread().staffReadAt();
        return (int) messages.stream().filter(ThreadMessage::isFromStudent)
                .filter(m -> read == null || m.deliverAt().isAfter(read)).count();
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

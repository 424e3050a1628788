package org.externship.portal.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.externship.portal.notification.entity.Notification;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;

import java.time.Instant;
import java.util.List;

/**
 * The caller's notifications: a student's own, or those for the coordinators of the caller's hospital. The
 * recipient always comes from the caller's token, never from a parameter.
 */
@Stateless
public class Notifications {

    static final int LATEST = 50;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    TenantContext tenant;

    @Resource
    SessionContext caller;

    /** The latest notifications, newest first. */
    @RolesAllowed({Roles.STUDENT, Roles.COORDINATOR})
    public List<NotificationDto> latest() {
        return mine().setMaxResults(LATEST).getResultStream().map(NotificationDto::of).toList();
    }

    @RolesAllowed({Roles.STUDENT, Roles.COORDINATOR})
    public long unread() {
        TypedQuery<Long> count = isStudent()
                ? em.createNamedQuery(Notification.UNREAD_FOR_STUDENT, Long.class)
                        .setParameter("student", user.subject())
                : em.createNamedQuery(Notification.UNREAD_FOR_HOSPITAL, Long.class)
                        .setParameter("hospital", tenant.requireTenant());
        return count.getSingleResult();
    }

    /** Marks everything the caller has been told as read. */
    @RolesAllowed({Roles.STUDENT, Roles.COORDINATOR})
    public void markAllRead() {
        String recipient = isStudent()
                ? "n.audience = org.externship.portal.notification.entity.Audience.STUDENT and n.recipientSubject = :to"
                : "n.audience = org.externship.portal.notification.entity.Audience.COORDINATORS "
                        + "and n.hospitalAlias = :to";
        em.createQuery("update Notification n set n.readAt = :now where n.readAt is null and " + recipient)
                .setParameter("now", Instant.now())
                .setParameter("to", isStudent() ? user.subject() : tenant.requireTenant())
                .executeUpdate();
    }

    private TypedQuery<Notification> mine() {
        return isStudent()
                ? em.createNamedQuery(Notification.FOR_STUDENT, Notification.class)
                        .setParameter("student", user.subject())
                : em.createNamedQuery(Notification.FOR_HOSPITAL, Notification.class)
                        .setParameter("hospital", tenant.requireTenant());
    }

    private boolean isStudent() {
        return caller.isCallerInRole(Roles.STUDENT);
    }
}

package org.externship.portal.notification.boundary;

import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.notification.entity.Notification;
import org.externship.portal.notification.entity.NotificationKind;

import java.time.Instant;

/**
 * A notification as the list shows it: which application, what happened (its new status, or a message
 * {@code reportedBy} reported), when, and whether it was seen.
 */
public record NotificationDto(long id, long applicationId, NotificationKind kind, ApplicationStatus status,
                              String externshipTitle, String studentName, String hospitalName, String reportedBy,
                              Instant createdAt, boolean unread) {

    static NotificationDto of(Notification n) {
        return new NotificationDto(n.id(), n.applicationId(), n.kind(), n.status(), n.externshipTitle(),
                n.studentName(), n.hospitalName(), n.reportedBy(), n.createdAt(), n.readAt() == null);
    }

    /** A staff member reported a student's message (else: an application's new status). */
    public boolean messageReported() {
        return kind == NotificationKind.MESSAGE_REPORTED;
    }
}

package org.externship.portal.notification.boundary;

import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.notification.entity.Notification;

import java.time.Instant;

/** A notification as the list shows it: which application, what happened, when, and whether it was seen. */
public record NotificationDto(long id, long applicationId, ApplicationStatus status, String externshipTitle,
                              String studentName, String hospitalName, Instant createdAt, boolean unread) {

    static NotificationDto of(Notification n) {
        return new NotificationDto(n.id(), n.applicationId(), n.status(), n.externshipTitle(), n.studentName(),
                n.hospitalName(), n.createdAt(), n.readAt() == null);
    }
}

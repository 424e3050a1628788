package org.externship.portal.notification.boundary;

import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.application.entity.Rearrangement;
import org.externship.portal.notification.entity.Notification;
import org.externship.portal.notification.entity.NotificationKind;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notification as the list shows it: which application, what happened (its new status, a message
 * {@code reportedBy} reported, or a change of the student's placement: {@code rearrangement}, the dates after it and
 * the supervising attendings' names if they changed), when, and whether it was seen.
 */
public record NotificationDto(long id, long applicationId, NotificationKind kind, ApplicationStatus status,
                              String externshipTitle, String studentName, String hospitalName, String reportedBy,
                              Rearrangement rearrangement, LocalDate startDate, LocalDate endDate,
                              String attendings, Instant createdAt, boolean unread) {

    static NotificationDto of(Notification n) {
        return new NotificationDto(n.id(), n.applicationId(), n.kind(), n.status(), n.externshipTitle(),
                n.studentName(), n.hospitalName(), n.reportedBy(), n.rearrangement(), n.startDate(), n.endDate(),
                n.attendings(), n.createdAt(), n.readAt() == null);
    }

    /** A staff member reported a student's message. */
    public boolean messageReported() {
        return kind == NotificationKind.MESSAGE_REPORTED;
    }

    /** A coordinator changed the student's placement. */
    public boolean placementRearranged() {
        return kind == NotificationKind.PLACEMENT_REARRANGED;
    }

    /** An application's new status. */
    public boolean statusChanged() {
        return kind == NotificationKind.APPLICATION_STATUS;
    }

    /** The placement moved to other dates. */
    public boolean datesChanged() {
        return placementRearranged() && rearrangement.dates();
    }

    /** The placement has other supervising attendings. */
    public boolean attendingsChanged() {
        return placementRearranged() && rearrangement.attendings();
    }
}

package org.externship.portal.notification.entity;

/** What a notification tells. */
public enum NotificationKind {
    /** An application moved to a new status. */
    APPLICATION_STATUS,
    /** A staff member reported a student's message to the hospital's coordinators (no status). */
    MESSAGE_REPORTED,
    /** A coordinator changed a student's placement: its dates, its supervising attendings or both (no status). */
    PLACEMENT_REARRANGED
}

package org.externship.portal.letters.entity;

/** Where a letter's delivery to one program stands (issue 11). */
public enum DeliveryStatus {
    /** Assigned by the student; the writer has not delivered it yet. */
    WAITING,
    /** Uploaded to the service, or the link sent. */
    DELIVERED
}

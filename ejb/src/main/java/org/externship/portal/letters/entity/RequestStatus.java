package org.externship.portal.letters.entity;

/** Where a letter request stands, as the student sees it too (never the letter's content). */
public enum RequestStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    IN_PROGRESS,
    COMPLETE,
    DELIVERED;

    /** Whether the request still waits for the attending or their letter: one such request per attending. */
    public boolean isOpen() {
        return this == REQUESTED || this == ACCEPTED || this == IN_PROGRESS;
    }
}

package org.externship.portal.learninglog.entity;

/** Where a version of an entry stands with its supervising attending. */
public enum ReviewStatus {
    /** Written, waiting for the supervising attending. */
    AWAITING,
    /** Signed off by the supervising attending: locked, an edit starts a new version. */
    VERIFIED,
    /** Sent back by the attending with a comment: the student edits it, which starts a new version. */
    RETURNED,
    /** Outside any placement: nobody to sign it off. */
    OUTSIDE_PLACEMENT
}

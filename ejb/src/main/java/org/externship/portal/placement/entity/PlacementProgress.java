package org.externship.portal.placement.entity;

/**
 * Where a placement stands: the coordinator marks it started when the extern arrives, and completed at its end.
 * Only forward: upcoming, started, completed.
 */
public enum PlacementProgress {
    /** Accepted, the extern has not arrived yet. */
    UPCOMING,
    /** The extern arrived; the coordinator marked it started. */
    STARTED,
    /** The coordinator marked it completed; the certificate is issued. */
    COMPLETED
}

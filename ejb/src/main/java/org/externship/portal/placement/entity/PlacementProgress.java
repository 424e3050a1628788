package org.externship.portal.placement.entity;

import java.time.Instant;

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
    COMPLETED;

    /** Where a placement marked started at {@code startedAt} and completed at {@code completedAt} (null: not yet) stands. */
    public static PlacementProgress of(Instant startedAt, Instant completedAt) {
        if (completedAt != null) {
            return COMPLETED;
        }
        return startedAt != null ? STARTED : UPCOMING;
    }
}

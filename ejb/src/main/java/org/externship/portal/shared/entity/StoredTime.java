package org.externship.portal.shared.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one clock of the portal's records: an instant as both databases keep it (to the millisecond), so that what a
 * boundary returns right after a write equals what a later read returns, on H2 and on PostgreSQL.
 */
public final class StoredTime {

    private StoredTime() {
    }

    /** Now, to the millisecond. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}

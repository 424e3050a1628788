package org.externship.portal.learninglog.boundary;

import java.math.BigDecimal;

/** What a coordinator sees of a placement's log: how much, not what; and how many entries the student shared. */
public record PlacementLogCounts(long placementId, long entries, BigDecimal hours, long verified, long shared) {

    /** The share of entries verified, 0 to 100. */
    public int verifiedPercent() {
        return entries == 0 ? 0 : (int) Math.round(100.0 * verified / entries);
    }
}

package org.externship.portal.placement.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * Fired inside the transaction, before a coordinator's change of a placement is saved: its dates (a move to another
 * period) or its supervising attendings. Observers refuse with a {@code NotAllowedException} when the change breaks
 * one of their rules (the rotation calendar: an attending supervising more externs at once than the hospital
 * allows); the change is then rolled back.
 *
 * @param placementId  the placement that changes
 * @param startDate    its first day after the change
 * @param endDate      its last day after the change
 * @param attendingIds its supervising attendings after the change (staff member ids)
 */
public record PlacementChanging(long placementId, LocalDate startDate, LocalDate endDate, List<Long> attendingIds) {

    public PlacementChanging {
        attendingIds = List.copyOf(attendingIds);
    }
}

package org.externship.portal.rotation.boundary;

import java.util.List;

/** What the calendar shows of a range of days: the rotation periods with their seats, and the placements. */
public record CalendarSpan(List<PeriodSlot> periods, List<PlacementSlot> placements) {

    public CalendarSpan {
        periods = List.copyOf(periods);
        placements = List.copyOf(placements);
    }
}

package org.externship.portal.rotation.boundary;

import org.externship.portal.placement.boundary.PlacementDto;

import java.math.BigDecimal;
import java.util.List;

/** A placement's attendance: the days logged, by day, the hours logged in all, and the hours confirmed. */
public record AttendanceSheet(PlacementDto placement, List<AttendanceDayDto> days) {

    public AttendanceSheet {
        days = List.copyOf(days);
    }

    public BigDecimal loggedHours() {
        return days.stream().map(AttendanceDayDto::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The hours a supervising attending confirmed: what a certificate counts. */
    public BigDecimal confirmedHours() {
        return days.stream().filter(AttendanceDayDto::confirmed).map(AttendanceDayDto::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The days that wait for a supervising attending. */
    public List<AttendanceDayDto> awaiting() {
        return days.stream().filter(d -> !d.confirmed()).toList();
    }
}

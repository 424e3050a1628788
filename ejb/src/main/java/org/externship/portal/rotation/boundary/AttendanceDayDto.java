package org.externship.portal.rotation.boundary;

import org.externship.portal.rotation.entity.AttendanceDay;
import org.externship.portal.rotation.entity.AttendanceStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A day on site as logged: when, how many hours, the student's note, and whether (and by whom) it is confirmed. */
public record AttendanceDayDto(long id, LocalDate day, BigDecimal hours, String note, AttendanceStatus status,
                               String confirmedBy, Instant confirmedAt) {

    static AttendanceDayDto of(AttendanceDay d) {
        return new AttendanceDayDto(d.id(), d.day(), d.hours(), d.note(), d.status(), d.confirmedBy(),
                d.confirmedAt());
    }

    public boolean confirmed() {
        return status == AttendanceStatus.CONFIRMED;
    }
}

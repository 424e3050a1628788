package org.externship.portal.rotation.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.externship.portal.rotation.entity.AttendanceDay;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A day on site the student logs for the placement their application {@code applicationId} became. */
public record AttendanceCommand(
        long applicationId,
        @NotNull(message = "{portal.attendance.day.required}") LocalDate day,
        @NotNull(message = "{portal.attendance.hours}")
        @DecimalMin(value = "0.5", message = "{portal.attendance.hours}")
        @DecimalMax(value = "16", message = "{portal.attendance.hours}")
        @Digits(integer = 2, fraction = 2, message = "{portal.attendance.hours}") BigDecimal hours,
        @Size(max = AttendanceDay.NOTE_MAX, message = "{portal.attendance.note.size}") String note) {
}

package org.externship.portal.learninglog.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.externship.portal.learninglog.entity.CareSetting;
import org.externship.portal.learninglog.entity.EntryContent;
import org.externship.portal.learninglog.entity.EntryKind;
import org.externship.portal.learninglog.entity.Involvement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * What the student wrote for an entry. {@code applicationId} names the placement (by the accepted application it
 * came from) and {@code supervisorId} the attending chosen from its supervisors; both empty for an entry outside any
 * placement. Hours in quarter hours.
 */
public record EntryCommand(
        @NotNull(message = "{portal.log.kind.required}") EntryKind kind,
        @NotNull(message = "{portal.log.date.required}") @PastOrPresent(message = "{portal.log.date.future}")
        LocalDate date,
        @DecimalMin(value = "0", message = "{portal.log.minutes.range}")
        @DecimalMax(value = "24", message = "{portal.log.minutes.range}")
        @Digits(integer = 2, fraction = 2, message = "{portal.log.minutes.range}") BigDecimal hours,
        @NotBlank(message = "{portal.log.topic.required}")
        @Size(max = EntryContent.TOPIC_MAX, message = "{portal.log.topic.size}") String topic,
        Involvement involvement,
        CareSetting setting,
        @Size(max = EntryContent.NOTES_MAX, message = "{portal.log.notes.size}") String notes,
        @Size(max = EntryContent.APPLIED_MAX, message = "{portal.log.applied.size}") String applied,
        Long applicationId,
        Long supervisorId) {

    /** Whether the entry belongs to a placement (and so to a supervisor). */
    public boolean inPlacement() {
        return applicationId != null;
    }

    EntryContent content() {
        Integer minutes = hours == null ? null
                : hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
        return new EntryContent(kind, date, minutes, topic, involvement, setting, notes, applied);
    }
}

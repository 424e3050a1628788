package org.externship.portal.listing.entity;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * A rotation period as the coordinator enters it.
 *
 * @param id the period it changes, as the externship has it; null: a new period. Saving keeps a period's id, so
 *           what refers to it (applications) stays attached.
 */
public record PeriodDraft(
        Long id,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @Min(value = 1, message = "{portal.seats.min}") @Max(50) int seats) {

    /** A new period. */
    public PeriodDraft(LocalDate startDate, LocalDate endDate, int seats) {
        this(null, startDate, endDate, seats);
    }

    @AssertTrue(message = "{portal.period.order}")
    public boolean isEndAfterStart() {
        return startDate == null || endDate == null || endDate.isAfter(startDate);
    }
}

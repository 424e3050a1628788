package org.externship.portal.listing.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** A rotation period as the coordinator enters it. */
public record PeriodDraft(
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @Min(value = 1, message = "{portal.seats.min}") @Max(50) int seats) {

    @AssertTrue(message = "{portal.period.order}")
    public boolean isEndAfterStart() {
        return startDate == null || endDate == null || endDate.isAfter(startDate);
    }
}

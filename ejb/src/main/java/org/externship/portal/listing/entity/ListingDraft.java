package org.externship.portal.listing.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.externship.portal.listing.entity.ClinicalSetting;
import org.externship.portal.listing.entity.ExternshipType;
import org.externship.portal.qualification.entity.Requirements;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.shared.entity.UsStateCode;

import java.time.LocalDate;
import java.util.List;

/**
 * An externship as the coordinator writes it. Saving keeps it as it is (a draft, or the published text);
 * publishing needs at least one rotation period.
 *
 * @param feeCents       what the extern pays, in US cents; null or 0: free
 * @param malpracticeProvided the host covers malpractice; otherwise the extern must bring proof
 */
public record ListingDraft(
        @NotBlank @Size(max = 160) String title,
        @NotNull ExternshipType type,
        @NotNull Specialty specialty,
        @NotNull ClinicalSetting setting,
        @NotBlank @Size(max = 80) String city,
        @NotBlank @UsStateCode String state,
        @NotBlank @Size(max = 4000) String description,
        @NotBlank @Size(max = 2000) String scope,
        @Min(1) @Max(52) int durationWeeks,
        @NotNull LocalDate applicationDeadline,
        @NotNull @Valid Requirements requirements,
        boolean malpracticeProvided,
        @PositiveOrZero Long feeCents,
        @Size(max = 1000) String feeCovers,
        @Size(max = 1000) String refundPolicy,
        @Size(max = 1000) String letterPolicy,
        @NotNull @Valid List<@NotNull @Valid PeriodDraft> periods) {

    public ListingDraft {
        periods = periods == null ? null : List.copyOf(periods);
    }

    /** A program that charges a fee says what the fee covers (administration, malpractice, EMR access...). */
    @AssertTrue(message = "{portal.fee.covers}")
    public boolean isFeeExplained() {
        return feeCents == null || feeCents == 0 || (feeCovers != null && !feeCovers.isBlank());
    }

    /** All the text a student reads, for the check against promises of a residency. */
    public String publicText() {
        return String.join("\n", nonNull(title), nonNull(description), nonNull(scope), nonNull(feeCovers),
                nonNull(letterPolicy));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

}

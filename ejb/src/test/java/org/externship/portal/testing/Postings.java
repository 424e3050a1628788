package org.externship.portal.testing;

import org.externship.portal.listing.entity.ClinicalSetting;
import org.externship.portal.listing.entity.ExternshipType;
import org.externship.portal.listing.entity.ListingDraft;
import org.externship.portal.listing.entity.PeriodDraft;
import org.externship.portal.qualification.entity.DocumentType;
import org.externship.portal.qualification.entity.Requirements;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Externship postings for tests: a complete, valid draft whose deadline is six weeks before its first period. */
public final class Postings {

    private Postings() {
    }

    public static ListingDraft draft(String title, String description, List<PeriodDraft> periods) {
        LocalDate firstStart = periods.stream().map(PeriodDraft::startDate).min(LocalDate::compareTo)
                .orElse(LocalDate.now().plusMonths(3));
        return new ListingDraft(title, ExternshipType.HANDS_ON_CLINICAL, Specialty.INTERNAL_MEDICINE,
                ClinicalSetting.INPATIENT, "Brooklyn", "NY", description,
                "Take histories, examine patients and present them on rounds; draft notes co-signed by the attending.",
                4, firstStart.minusWeeks(6),
                new Requirements(5, true, true, false, null, false, false, Set.of(VisaStatus.B1),
                        Set.of(DocumentType.BLS)),
                false, 150_000L, "Administration and EMR access", "Full refund until 30 days before the start",
                "Attendings write letters for externs who worked with them for at least 4 weeks", periods);
    }
}

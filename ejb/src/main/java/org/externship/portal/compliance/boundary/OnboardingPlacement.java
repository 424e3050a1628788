package org.externship.portal.compliance.boundary;

import java.time.LocalDate;

/** One of the student's placements that has not ended, to pick its checklist. */
public record OnboardingPlacement(long applicationId, String externshipTitle, String hospitalName,
        LocalDate startDate, LocalDate endDate) {
}

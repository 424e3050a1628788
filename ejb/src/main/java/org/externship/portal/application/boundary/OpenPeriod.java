package org.externship.portal.application.boundary;

import java.time.LocalDate;

/** A rotation period a student may apply for now: what, where, when, and until when. */
public record OpenPeriod(long periodId, long externshipId, String externshipTitle, String hospitalName,
                         LocalDate startDate, LocalDate endDate, LocalDate applicationDeadline) {
}

package org.externship.portal.listing.boundary;

import java.time.LocalDate;

/**
 * A rotation period a student may apply for now (see {@code OpenForApplications}): what, where, when, and until
 * when; {@code hospitalAlias} is the hospital whose rows an application to it belongs to.
 */
public record OpenPeriod(long periodId, long externshipId, String externshipTitle, String hospitalAlias,
                         String hospitalName, LocalDate startDate, LocalDate endDate, LocalDate applicationDeadline) {
}

package org.externship.portal.placement.boundary;

import org.externship.portal.placement.entity.PlacementProgress;

import java.time.LocalDate;

/**
 * One of the student's placements, in whichever hospital, as read across hospitals: where and when, and where it
 * stands. {@code hospitalAlias} is for the student's boundaries (which hospital's rows belong to it), not for pages.
 */
public record PlacementOfMine(long placementId, long applicationId, String hospitalAlias, String hospitalName,
        long externshipId, String externshipTitle, LocalDate startDate, LocalDate endDate,
        PlacementProgress progress) {
}

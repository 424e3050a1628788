package org.externship.portal.compliance.boundary;

/**
 * Whether a placement not started may start, as the reports count it: {@code ready} when every current requirement
 * that applies is verified and not lapsed; {@code lapsing} when verified evidence lapses within 30 days;
 * {@code awaitingCheck}: items handed in for a coordinator to check. The dashboard's {@link PlacementCompliance}
 * names what is missing; this only counts.
 */
public record PlacementReadiness(long placementId, long externshipId, boolean ready, boolean lapsing,
        int awaitingCheck) {
}

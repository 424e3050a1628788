package org.externship.portal.placement.boundary;

/**
 * Fired inside the transaction before a coordinator marks a placement started (the extern arrived). Observers refuse
 * with a {@code NotAllowedException} saying why (onboarding compliance: a requirement still missing); the change is
 * then rolled back.
 *
 * @param placementId the placement about to start, of the hospital the transaction acts for
 */
public record PlacementStarting(long placementId) {
}

package org.externship.portal.placement.boundary;

/**
 * Fired inside the transaction when a coordinator marks a placement completed, after the placement's own rules
 * passed and before the change is written. Observers may refuse with a {@code NotAllowedException} saying why (hours
 * still waiting for confirmation), or act on it in the same transaction (the certificate is issued); a refusal rolls
 * everything back.
 *
 * @param placement the placement as it will be once completed
 */
public record PlacementCompleting(PlacementDto placement) {
}

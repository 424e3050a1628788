package org.externship.portal.placement.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.boundary.Placements;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The placement card on an application's page (WEB-INF/templates/placement-card.xhtml), for the student and for the
 * hospital's coordinator: the placement the application became, read once per request, so the card is current after
 * the page's own action (an acceptance, a placement given up).
 */
@Named
@RequestScoped
public class PlacementCards {

    @Inject
    MyPlacements mine;

    @Inject
    Placements hospitals;

    private final Map<Long, Optional<PlacementDto>> read = new HashMap<>();

    /** The student's placement from their application {@code applicationId}; null before an acceptance. */
    public PlacementDto forStudent(Long applicationId) {
        return applicationId == null ? null
                : read.computeIfAbsent(applicationId, mine::ofApplication).orElse(null);
    }

    /** The placement application {@code applicationId} of the coordinator's hospital became; null before. */
    public PlacementDto forCoordinator(Long applicationId) {
        return applicationId == null ? null
                : read.computeIfAbsent(applicationId, hospitals::ofApplication).orElse(null);
    }
}

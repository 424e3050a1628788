package org.externship.portal.placement.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.boundary.Placements;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The placement card on an application's page (WEB-INF/templates/placement-card.xhtml), for the student and for the
 * hospital's coordinator: the placement the application became. A card has nothing to submit, so it exists only
 * while the page is written: it is read once, in the render phase, after the page's own action (an acceptance, a
 * placement given up), and is current whatever that action did.
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
        return read(applicationId, mine::ofApplication);
    }

    /** The placement application {@code applicationId} of the coordinator's hospital became; null before. */
    public PlacementDto forCoordinator(Long applicationId) {
        return read(applicationId, hospitals::ofApplication);
    }

    private PlacementDto read(Long applicationId, Function<Long, Optional<PlacementDto>> boundary) {
        boolean rendering = FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        if (applicationId == null || !rendering) {
            return null;
        }
        return read.computeIfAbsent(applicationId, boundary).orElse(null);
    }
}

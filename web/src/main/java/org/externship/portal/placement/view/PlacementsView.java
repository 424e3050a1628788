package org.externship.portal.placement.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.boundary.Placements;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * coordinator/placements.xhtml: the hospital's placements, by start date, and their supervising attendings, which the
 * coordinator names here placement by placement.
 */
@Named
@ViewScoped
public class PlacementsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Placements placements;

    @Inject
    Feedback feedback;

    private List<PlacementDto> all = List.of();
    private List<PlacementDto.Supervisor> attendingChoices = List.of();
    private final Map<Long, List<Long>> attendingIds = new HashMap<>();

    @PostConstruct
    void load() {
        all = placements.all();
        attendingChoices = placements.attendings();
        attendingIds.clear();
        all.forEach(p -> attendingIds.put(p.id(),
                new ArrayList<>(p.attendings().stream().map(PlacementDto.Supervisor::staffMemberId).toList())));
    }

    /** Saves the attendings chosen for placement {@code placement}. */
    public void saveAttendings(PlacementDto placement) {
        try {
            placements.assignAttendings(placement.id(), attendingIds.getOrDefault(placement.id(), List.of()));
            load();
            feedback.info("placement.attendingsSaved", placement.studentName());
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public List<PlacementDto> getPlacements() {
        return all;
    }

    public List<PlacementDto.Supervisor> getAttendingChoices() {
        return attendingChoices;
    }

    /** The attendings chosen per placement id, bound to each row's choice. */
    public Map<Long, List<Long>> getAttendingIds() {
        return attendingIds;
    }
}

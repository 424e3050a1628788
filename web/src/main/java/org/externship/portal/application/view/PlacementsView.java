package org.externship.portal.application.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.application.boundary.ApplicationReview;
import org.externship.portal.application.boundary.PlacementDto;

import java.io.Serializable;
import java.util.List;

/** coordinator/placements.xhtml: the hospital's placements, by start date, with their supervising attendings. */
@Named
@ViewScoped
public class PlacementsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationReview review;

    private List<PlacementDto> placements = List.of();

    @PostConstruct
    void load() {
        placements = review.placements();
    }

    public List<PlacementDto> getPlacements() {
        return placements;
    }

    public String attendingNames(PlacementDto placement) {
        return String.join(", ", placement.attendings().stream().map(PlacementDto.Supervisor::name).toList());
    }
}

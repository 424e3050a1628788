package org.externship.portal.placement.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.boundary.Placements;

import java.io.Serializable;
import java.util.List;

/** attending/placements.xhtml: the externs the signed-in attending supervises, by start date. */
@Named
@ViewScoped
public class SupervisedPlacementsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Placements placements;

    private List<PlacementDto> supervised = List.of();

    @PostConstruct
    void load() {
        supervised = placements.supervisedByMe();
    }

    public List<PlacementDto> getPlacements() {
        return supervised;
    }
}

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
import java.util.List;

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

    private List<Row> rows = List.of();
    private List<PlacementDto.Supervisor> attendingChoices = List.of();

    /** A placement and the attendings chosen for it on the page. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final PlacementDto placement;
        private List<Long> attendingIds;

        Row(PlacementDto placement) {
            this.placement = placement;
            this.attendingIds = new ArrayList<>(placement.attendings().stream()
                    .map(PlacementDto.Supervisor::staffMemberId).toList());
        }

        public PlacementDto getPlacement() {
            return placement;
        }

        public List<Long> getAttendingIds() {
            return attendingIds;
        }

        public void setAttendingIds(List<Long> attendingIds) {
            this.attendingIds = attendingIds == null ? new ArrayList<>() : attendingIds;
        }
    }

    @PostConstruct
    void load() {
        rows = placements.all().stream().map(Row::new).toList();
        attendingChoices = placements.attendings();
    }

    /** Saves the attendings chosen for the placement of {@code row}. */
    public void saveAttendings(Row row) {
        try {
            placements.assignAttendings(row.placement.id(), row.attendingIds);
            load();
            feedback.info("placement.attendingsSaved", row.placement.studentName());
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    /** "Save the attendings of Priya Raman": each row's button says whose placement it saves. */
    public String saveLabel(Row row) {
        return feedback.text("placement.saveFor", row.placement.studentName());
    }

    /** "Open Priya Raman's application". */
    public String openLabel(Row row) {
        return feedback.text("placement.openApplication", row.placement.studentName());
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<PlacementDto.Supervisor> getAttendingChoices() {
        return attendingChoices;
    }
}

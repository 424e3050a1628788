package org.externship.portal.placement.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.boundary.Placements;
import org.externship.portal.placement.entity.PlacementProgress;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.externship.portal.shared.view.Formats;

import java.io.Serializable;
import java.time.LocalDate;
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

    @Inject
    Formats formats;

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

    /** "Upcoming: starts 01/04/2027", "Started", "Completed". */
    public String progress(Row row) {
        PlacementDto p = row.placement;
        return switch (p.progress()) {
            case UPCOMING -> startable(row) ? feedback.text("placement.progress.arrived")
                    : feedback.text("placement.progress.upcoming", formats.date(p.startDate()));
            case STARTED -> completable(row) ? feedback.text("placement.progress.ending")
                    : feedback.text("placement.progress.started", formats.date(p.completableFrom()));
            case COMPLETED -> feedback.text("placement.progress.completed");
        };
    }

    /** Whether the placement waits to be marked started: upcoming, and its first day has come. */
    public boolean startable(Row row) {
        return row.placement.progress() == PlacementProgress.UPCOMING
                && !LocalDate.now().isBefore(row.placement.startDate());
    }

    /** Whether the placement may be marked completed: started, and in its final week or later. */
    public boolean completable(Row row) {
        return row.placement.progress() == PlacementProgress.STARTED
                && !LocalDate.now().isBefore(row.placement.completableFrom());
    }

    /** Marks the placement of {@code row} started: the extern arrived. */
    public void start(Row row) {
        move(() -> placements.start(row.placement.id()), "placement.started", row);
    }

    /** Marks the placement of {@code row} completed; the student's certificate is issued. */
    public void complete(Row row) {
        move(() -> placements.complete(row.placement.id()), "placement.completed", row);
    }

    private void move(Runnable change, String doneKey, Row row) {
        try {
            change.run();
            feedback.info(doneKey, row.placement.studentName());
        } catch (PortalException e) {
            feedback.error(e);
        }
        load();
    }

    /** "Mark Priya Raman's placement started". */
    public String startLabel(Row row) {
        return feedback.text("placement.startFor", row.placement.studentName());
    }

    /** "Mark Priya Raman's placement completed". */
    public String completeLabel(Row row) {
        return feedback.text("placement.completeFor", row.placement.studentName());
    }

    /** "Open the record of Priya Raman's placement". */
    public String recordLabel(Row row) {
        return feedback.text("record.openFor", row.placement.studentName());
    }

    /** What completing means, asked before it is done. */
    public String completeQuestion(Row row) {
        return feedback.text("placement.completeQuestion", row.placement.studentName());
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

package org.externship.portal.learninglog.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.learninglog.boundary.EntryDto;
import org.externship.portal.learninglog.boundary.SharedEntries;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.boundary.Placements;
import org.externship.portal.shared.view.Feedback;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.util.List;

/**
 * coordinator/shared-entries.xhtml?application=: the learning-log entries a placed student shared with the hospital's
 * coordinators. A placement of another hospital (or none by that id) is the 404 page; an entry the student keeps
 * private is never here.
 */
@Named
@RequestScoped
public class SharedEntriesView {

    @Inject
    Placements placements;

    @Inject
    SharedEntries shared;

    @Inject
    Feedback feedback;

    private Long application;
    private PlacementDto placement;
    private List<EntryDto> entries = List.of();

    public void load() throws IOException {
        placement = application == null ? null : placements.ofApplication(application).orElse(null);
        if (placement == null) {
            Faces.responseSendError(404, feedback.text("error.404.text"));
            return;
        }
        entries = shared.ofPlacement(placement.id());
    }

    public PlacementDto getPlacement() {
        return placement;
    }

    public List<EntryDto> getEntries() {
        return entries;
    }

    public Long getApplication() {
        return application;
    }

    public void setApplication(Long application) {
        this.application = application;
    }
}

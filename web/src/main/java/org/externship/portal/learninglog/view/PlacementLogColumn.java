package org.externship.portal.learninglog.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.learninglog.boundary.LogCounts;
import org.externship.portal.learninglog.boundary.PlacementLogCounts;
import org.externship.portal.shared.view.Feedback;

import java.util.Map;

/**
 * The learning-log column of the coordinator's placements page (coordinator/placements.xhtml): per placement, how
 * much its student logged, never what, and a link to the entries the student shared. A bean of the learning log's own, so that the placement feature, which the
 * learning log builds on, does not depend on it. Counted once per request.
 */
@Named
@RequestScoped
public class PlacementLogColumn {

    @Inject
    LogCounts counts;

    @Inject
    Feedback feedback;

    private Map<Long, PlacementLogCounts> byPlacement;

    /** "12 entries · 20 h · 50% verified", or "No entries yet". */
    public String of(long placementId) {
        PlacementLogCounts count = counted(placementId);
        return count == null ? feedback.text("placement.log.none")
                : feedback.text("placement.log", count.entries(), count.hours(), count.verifiedPercent());
    }

    /** How many entries the student shared with the hospital's coordinators. */
    public long shared(long placementId) {
        PlacementLogCounts count = counted(placementId);
        return count == null ? 0 : count.shared();
    }

    /** "Read 2 shared entries". */
    public String sharedLabel(long placementId) {
        return feedback.text("placement.log.shared", shared(placementId));
    }

    private PlacementLogCounts counted(long placementId) {
        if (byPlacement == null) {
            byPlacement = counts.perPlacement();
        }
        return byPlacement.get(placementId);
    }
}

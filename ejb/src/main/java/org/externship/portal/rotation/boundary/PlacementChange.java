package org.externship.portal.rotation.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The coordinator's edit of a placement on the calendar: its period (of the same externship) and its attendings. */
public record PlacementChange(long placementId, long periodId, @NotNull @Size(max = 10) List<Long> attendingIds) {

    public PlacementChange {
        attendingIds = attendingIds == null ? null : List.copyOf(attendingIds);
    }
}

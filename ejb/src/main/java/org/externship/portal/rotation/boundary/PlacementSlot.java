package org.externship.portal.rotation.boundary;

import org.externship.portal.placement.boundary.PlacementDto;

import java.time.LocalDate;
import java.util.List;

/**
 * A placement on the calendar: who, at which externship, in which period, supervised by whom, and whether the
 * coordinator may still move it (it has not started).
 */
public record PlacementSlot(long placementId, long applicationId, long periodId, long externshipId,
                            String externshipTitle, String studentName, String hospitalName, LocalDate startDate,
                            LocalDate endDate, List<PlacementDto.Supervisor> attendings, boolean movable) {

    public PlacementSlot {
        attendings = List.copyOf(attendings);
    }

    /** The supervisors' names, in order, for a list. */
    public String attendingNames() {
        return String.join(", ", attendings.stream().map(PlacementDto.Supervisor::name).toList());
    }
}

package org.externship.portal.rotation.boundary;

import org.externship.portal.listing.boundary.ExternshipTitle;
import org.externship.portal.placement.boundary.PlacementDto;

import java.util.List;

/**
 * What the coordinator's calendar needs besides its days, read in one call: the hospital's externships and attendings
 * (to narrow the calendar by, and to supervise) and its limit of externs per attending ({@code null}: none).
 */
public record CalendarSetup(List<ExternshipTitle> externships, List<PlacementDto.Supervisor> attendings,
                            Integer supervisionLimit) {

    public CalendarSetup {
        externships = List.copyOf(externships);
        attendings = List.copyOf(attendings);
    }
}

package org.externship.portal.rotation.boundary;

import org.externship.portal.listing.boundary.ExternshipTitle;
import org.externship.portal.placement.boundary.PlacementDto;

import java.util.List;

/**
 * What the coordinator's calendar opens with, read in one call: the hospital's externships and attendings (to narrow
 * the calendar by, and to supervise), its limit of externs per attending ({@code null}: none), and the periods and
 * placements of the days it shows first.
 */
public record CalendarSetup(List<ExternshipTitle> externships, List<PlacementDto.Supervisor> attendings,
                            Integer supervisionLimit, CalendarSpan opening) {

    public CalendarSetup {
        externships = List.copyOf(externships);
        attendings = List.copyOf(attendings);
    }
}

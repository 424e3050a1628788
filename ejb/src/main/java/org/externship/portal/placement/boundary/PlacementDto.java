package org.externship.portal.placement.boundary;

import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.placement.entity.Placement;
import org.externship.portal.placement.entity.PlacementProgress;

import java.time.LocalDate;
import java.util.List;

/**
 * A placement: who, where, when, the attendings who supervise, and where it stands ({@code completableFrom}: the
 * first day it may be marked completed).
 */
public record PlacementDto(long id, long applicationId, String studentName, String externshipTitle,
                           String hospitalName, LocalDate startDate, LocalDate endDate, List<Supervisor> attendings,
                           PlacementProgress progress, LocalDate completableFrom) {

    public PlacementDto {
        attendings = List.copyOf(attendings);
    }

    /** A supervising attending. */
    public record Supervisor(long staffMemberId, String name) {

        public static Supervisor of(StaffMember attending) {
            return new Supervisor(attending.id(), attending.fullName());
        }
    }

    static PlacementDto of(Placement p) {
        return new PlacementDto(p.id(), p.application().id(), p.studentName(), p.externshipTitle(), p.hospitalName(),
                p.startDate(), p.endDate(), p.attendings().stream().map(Supervisor::of).toList(),
                p.progress(), p.completableFrom());
    }

    /** The supervisors' names, in order, for a list. */
    public String attendingNames() {
        return String.join(", ", attendings.stream().map(Supervisor::name).toList());
    }
}

package org.externship.portal.application.boundary;

import org.externship.portal.application.entity.Placement;
import org.externship.portal.identity.entity.StaffMember;

import java.time.LocalDate;
import java.util.List;

/** A placement: who, where, when, and the attendings who supervise. */
public record PlacementDto(long id, long applicationId, String studentName, String externshipTitle,
                           LocalDate startDate, LocalDate endDate, List<Supervisor> attendings) {

    /** A supervising attending. */
    public record Supervisor(long staffMemberId, String name) {
    }

    static PlacementDto of(Placement p) {
        return new PlacementDto(p.id(), p.application().id(), p.studentName(), p.externshipTitle(), p.startDate(),
                p.endDate(), p.attendings().stream().map(PlacementDto::supervisor).toList());
    }

    private static Supervisor supervisor(StaffMember attending) {
        return new Supervisor(attending.id(), attending.fullName());
    }
}

package org.externship.portal.placement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.placement.boundary.PlacementDto;

import java.util.List;

/**
 * The hospital's attendings who may supervise a placement (active, in the attending's role: the rule of
 * {@link StaffMember#ACTIVE_IN_ROLE}), for the boundaries that offer them as choices: the placements' page
 * ({@code Placements.attendings}) and the rotation calendar's ({@code RotationCalendar.setup}), inside the caller's
 * transaction and hospital. One query.
 */
@ApplicationScoped
public class Supervisors {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public List<PlacementDto.Supervisor> attendings() {
        return em.createNamedQuery(StaffMember.ACTIVE_IN_ROLE, StaffMember.class)
                .setParameter("role", StaffRole.ATTENDING)
                .getResultStream()
                .map(PlacementDto.Supervisor::of)
                .toList();
    }
}

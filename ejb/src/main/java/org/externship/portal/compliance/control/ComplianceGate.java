package org.externship.portal.compliance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.compliance.boundary.Checklist;
import org.externship.portal.placement.boundary.PlacementStarting;
import org.externship.portal.placement.entity.Placement;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.tenancy.TenantContext;

import java.util.List;

/**
 * The start gate: a placement is marked started only once every current requirement of its checklist is verified
 * and not lapsed. Observes placement's {@link PlacementStarting} inside its transaction (the hospital is entered) and
 * refuses with the requirements still wanting, by name.
 */
@Dependent
public class ComplianceGate {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Checklists checklists;

    @Inject
    TenantContext tenant;

    @Inject
    PortalClock clock;

    void check(@Observes PlacementStarting starting) {
        Placement placement = em.find(Placement.class, starting.placementId());
        if (placement == null) {
            return; // the boundary says it is not found
        }
        Checklist checklist = checklists.checklist(tenant.requireTenant(), placement, clock.today(), null);
        List<String> unmet = checklist.unmet();
        if (!unmet.isEmpty()) {
            throw new NotAllowedException("compliance.notReady", placement.studentName(), names(unmet), unmet.size());
        }
    }

    /** "BLS", "BLS and drug screen", "BLS, titers and drug screen". */
    static String names(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}

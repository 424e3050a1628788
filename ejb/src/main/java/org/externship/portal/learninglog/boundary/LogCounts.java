package org.externship.portal.learninglog.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A coordinator's view of their hospital's learning logs: per placement, how many entries, hours and verified ones.
 * Never an entry's content: that is the student's and their supervisor's, and the coordinator's only where the student
 * shares an entry ({@link SharedEntries}).
 */
@Stateless
@TenantIsolated
@RolesAllowed(Roles.COORDINATOR)
public class LogCounts {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TenantContext tenant;

    /** Per placement id of the hospital that has entries. */
    public Map<Long, PlacementLogCounts> perPlacement() {
        return em.createQuery("select e.supervision.placementId, count(e), sum(e.content.minutes), "
                        + "sum(case when e.review.status = "
                        + "org.externship.portal.learninglog.entity.ReviewStatus.VERIFIED then 1 else 0 end), "
                        + "sum(case when e.sharedAt is not null then 1 else 0 end) "
                        + "from LogEntry e where e.supervision.hospitalAlias = :hospital "
                        + "group by e.supervision.placementId", Object[].class)
                .setParameter("hospital", tenant.requireTenant())
                .getResultStream()
                .map(row -> new PlacementLogCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                        EntryDto.hours(row[2] == null ? 0 : ((Number) row[2]).intValue()),
                        ((Number) row[3]).longValue(), ((Number) row[4]).longValue()))
                .collect(Collectors.toMap(PlacementLogCounts::placementId, Function.identity()));
    }
}

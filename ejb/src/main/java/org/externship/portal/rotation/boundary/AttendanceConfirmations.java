package org.externship.portal.rotation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.boundary.Placements;
import org.externship.portal.rotation.entity.AttendanceDay;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A supervising attending's side of attendance (issue 10): the days an extern logged in a placement they supervise,
 * confirmed one by one or a week at a time. A placement the caller does not supervise, or another hospital's, is not
 * found; so is a day of another placement.
 */
@Stateless
@TenantIsolated
@ReportsInvalidInput
@RolesAllowed(Roles.ATTENDING)
public class AttendanceConfirmations {

    /** The most days confirmed in one go: a long placement's worth. */
    public static final int BATCH_MAX = 120;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Placements placements;

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser user;

    @Inject
    PortalClock clock;

    /** The attendance of placement {@code placementId}, which the caller supervises. */
    public AttendanceSheet sheet(long placementId) {
        PlacementDto placement = placements.supervisedByMe(placementId);
        return new AttendanceSheet(placement, days(placementId).stream().map(AttendanceDayDto::of).toList());
    }

    /**
     * Confirms days {@code dayIds} of placement {@code placementId}, all or none: each must be a day logged in it.
     * A day already confirmed stays as it was. Returns the placement's attendance.
     */
    public AttendanceSheet confirm(long placementId, @NotEmpty @Size(max = BATCH_MAX) List<Long> dayIds) {
        PlacementDto placement = placements.supervisedByMe(placementId);
        Map<Long, AttendanceDay> days = days(placementId).stream()
                .collect(Collectors.toMap(AttendanceDay::id, Function.identity()));
        Set<Long> asked = new HashSet<>(dayIds);
        for (Long id : asked) {
            if (!days.containsKey(id)) {
                throw new NotFoundException("attendance day", id);
            }
        }
        asked.stream().map(days::get).filter(d -> !d.isConfirmed())
                .forEach(d -> d.confirm(user.name(), clock.now()));
        return new AttendanceSheet(placement, days.values().stream()
                .sorted((x, y) -> x.day().compareTo(y.day())).map(AttendanceDayDto::of).toList());
    }

    /**
     * How many logged days wait for the caller's confirmation, by placement, for every placement they supervise: one
     * query, whatever the number of placements (the home page's count).
     */
    public Map<Long, Long> awaitingByPlacement() {
        List<Long> supervised = placements.supervisedByMe().stream().map(PlacementDto::id).toList();
        if (supervised.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(AttendanceDay.AWAITING_BY_PLACEMENT, Object[].class)
                .setParameter("hospital", tenant.requireTenant())
                .setParameter("placements", supervised)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
    }

    private List<AttendanceDay> days(long placementId) {
        return em.createNamedQuery(AttendanceDay.OF_PLACEMENT, AttendanceDay.class)
                .setParameter("hospital", tenant.requireTenant())
                .setParameter("placement", placementId)
                .getResultList();
    }
}

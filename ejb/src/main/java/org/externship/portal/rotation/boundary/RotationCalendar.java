package org.externship.portal.rotation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.listing.boundary.ExternshipTitle;
import org.externship.portal.listing.entity.Externship;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.boundary.Placements;
import org.externship.portal.placement.control.Supervisors;
import org.externship.portal.rotation.control.CalendarReader;
import org.externship.portal.rotation.control.CalendarReader.Narrowing;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;
import org.externship.portal.tenant.entity.Hospital;

import java.time.LocalDate;
import java.util.List;

/**
 * The hospital's rotation calendar (issue 10), for its own staff only ({@link TenantIsolated}): the coordinator sees
 * every period with its free seats and every placement (by externship, by attending), moves a placement that has not
 * started to another period of its externship and names its attendings, within the hospital's limit of externs per
 * attending, which the coordinator sets; an attending sees the placements they supervise. Moves go through the
 * placement's boundary ({@link Placements#move}), so the seats follow by the application's one rule.
 */
@Stateless
@TenantIsolated
@ReportsInvalidInput
public class RotationCalendar {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CalendarReader reader;

    @Inject
    Placements placements;

    @Inject
    Supervisors supervisors;

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser user;

    @Inject
    PortalClock clock;

    /** The hospital's periods and placements in {@code range}: three queries, whatever their number. */
    @RolesAllowed(Roles.COORDINATOR)
    public CalendarSpan hospital(@NotNull @Valid CalendarRange range) {
        Narrowing narrowing = new Narrowing(range.externshipId(), range.attendingId(), null);
        return new CalendarSpan(range.attendingId() == null
                ? reader.periods(range.from(), range.to(), range.externshipId()) : List.of(),
                reader.placements(range.from(), range.to(), narrowing, clock.today()));
    }

    /** The placements the calling attending supervises in {@code range} (no periods, nothing to move). */
    @RolesAllowed(Roles.ATTENDING)
    public CalendarSpan supervised(@NotNull @Valid CalendarRange range) {
        Narrowing mine = new Narrowing(null, null, user.subject());
        return new CalendarSpan(List.of(), reader.placements(range.from(), range.to(), mine, clock.today()).stream()
                .map(RotationCalendar::readOnly).toList());
    }

    /**
     * What the calendar's page opens with, in one call: the hospital's externships and attendings (to narrow the
     * calendar, and to supervise), its limit, and the periods and placements of {@code opening}, the days it shows
     * first. Six queries, whatever their number.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public CalendarSetup setup(@NotNull @Valid CalendarRange opening) {
        return new CalendarSetup(
                em.createNamedQuery(Externship.TITLES, ExternshipTitle.class).getResultList(),
                supervisors.attendings(),
                supervisionLimit(), hospital(opening));
    }

    /** The periods placement {@code placementId} may move to: its externship's that have not started. */
    @RolesAllowed(Roles.COORDINATOR)
    public List<PeriodSlot> periodsFor(long placementId) {
        return reader.periodsAhead(externshipOf(placementId), clock.today());
    }

    /**
     * The coordinator's edit of a placement: its period and its attendings, all or nothing. Refused with the reason
     * (the period is full, the placement has started or ended, an attending would supervise too many externs at once).
     * What changed is on the application's timeline and told to the student, once the edit is saved.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public PlacementDto change(@NotNull @Valid PlacementChange change) {
        return placements.rearrange(change.placementId(), change.periodId(), change.attendingIds());
    }

    /**
     * A placement dropped on {@code day}: it moves to the period of its externship that holds that day; a day no
     * such period holds is refused with the reason.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public PlacementDto moveTo(long placementId, @NotNull LocalDate day) {
        long period = reader.periodOn(externshipOf(placementId), day)
                .orElseThrow(() -> new NotAllowedException("calendar.noPeriodOnDay", day));
        return placements.move(placementId, period);
    }

    /** How many externs one attending may supervise at once; empty: no limit. */
    @RolesAllowed(Roles.COORDINATOR)
    public Integer supervisionLimit() {
        return own().maxExternsPerAttending();
    }

    /** Sets how many externs one attending may supervise at once ({@code null}: no limit); placements already made stay. */
    @RolesAllowed(Roles.COORDINATOR)
    public Integer limitSupervision(@Min(1) @Max(99) Integer limit) {
        Hospital hospital = own();
        hospital.limitExternsPerAttending(limit);
        return hospital.maxExternsPerAttending();
    }

    private long externshipOf(long placementId) {
        return reader.externshipOf(placementId).orElseThrow(() -> new NotFoundException("placement", placementId));
    }

    private Hospital own() {
        String alias = tenant.requireTenant();
        return em.createNamedQuery(Hospital.BY_ALIAS, Hospital.class).setParameter("alias", alias)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("hospital", alias));
    }

    private static PlacementSlot readOnly(PlacementSlot slot) {
        return new PlacementSlot(slot.placementId(), slot.applicationId(), slot.periodId(), slot.externshipId(),
                slot.externshipTitle(), slot.studentName(), slot.hospitalName(), slot.startDate(), slot.endDate(),
                slot.attendings(), false);
    }
}

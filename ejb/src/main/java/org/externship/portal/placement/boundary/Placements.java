package org.externship.portal.placement.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.externship.portal.application.boundary.ApplicationReview;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.listing.entity.RotationPeriod;
import org.externship.portal.placement.entity.Placement;
import org.externship.portal.placement.entity.PlacementProgress;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantIsolated;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * A hospital's placements, for its own staff only ({@link TenantIsolated}): the coordinator sees them all and names
 * the supervising attendings; an attending sees the placements they supervise.
 */
@Stateless
@TenantIsolated
@ReportsInvalidInput
public class Placements {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    PortalClock clock;

    @Inject
    Event<PlacementStarting> starting;

    @Inject
    Event<PlacementCompleting> completing;

    @Inject
    ApplicationReview applications;

    @Inject
    Event<PlacementChanging> changing;

    /** Every placement of the hospital, by start date. */
    @RolesAllowed(Roles.COORDINATOR)
    public List<PlacementDto> all() {
        return em.createNamedQuery(Placement.ALL, Placement.class).getResultStream().map(PlacementDto::of).toList();
    }

    /** The placements the calling attending supervises, by start date. */
    @RolesAllowed(Roles.ATTENDING)
    public List<PlacementDto> supervisedByMe() {
        return em.createNamedQuery(Placement.SUPERVISED_BY, Placement.class)
                .setParameter("attending", user.subject())
                .getResultStream()
                .map(PlacementDto::of)
                .toList();
    }

    /** Placement {@code id}, if the calling attending supervises it; another's or another hospital's is not found. */
    @RolesAllowed(Roles.ATTENDING)
    public PlacementDto supervisedByMe(long id) {
        return em.createNamedQuery(Placement.ONE_SUPERVISED_BY, Placement.class)
                .setParameter("id", id)
                .setParameter("attending", user.subject())
                .getResultStream()
                .findFirst()
                .map(PlacementDto::of)
                .orElseThrow(() -> new NotFoundException("placement", id));
    }

    /** Placement {@code id} of the caller's hospital; another hospital's is not found. */
    @RolesAllowed(Roles.COORDINATOR)
    public PlacementDto one(long id) {
        return PlacementDto.of(find(id));
    }

    /** The placement application {@code applicationId} of this hospital became, if it was accepted. */
    @RolesAllowed(Roles.COORDINATOR)
    public Optional<PlacementDto> ofApplication(long applicationId) {
        return em.createNamedQuery(Placement.OF_APPLICATION, Placement.class)
                .setParameter("application", applicationId)
                .getResultStream()
                .findFirst()
                .map(PlacementDto::of);
    }

    /** The hospital's attendings, to choose supervisors from. */
    @RolesAllowed(Roles.COORDINATOR)
    public List<PlacementDto.Supervisor> attendings() {
        return em.createNamedQuery(StaffMember.ACTIVE_IN_ROLE, StaffMember.class)
                .setParameter("role", StaffRole.ATTENDING)
                .getResultStream()
                .map(PlacementDto::supervisor)
                .toList();
    }

    /**
     * Marks placement {@code id} started: the extern arrived. Not before its first day; observers of
     * {@link PlacementStarting} (onboarding compliance) may refuse.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public PlacementDto start(long id) {
        Placement placement = find(id);
        if (placement.progress() != PlacementProgress.UPCOMING) {
            throw new NotAllowedException("placement.start.already");
        }
        if (clock.today().isBefore(placement.startDate())) {
            throw new NotAllowedException("placement.start.tooEarly", placement.startDate());
        }
        starting.fire(new PlacementStarting(id));
        placement.start(user.name(), clock.now(), clock.today());
        return PlacementDto.of(placement);
    }

    /**
     * Marks placement {@code id} completed, once started and from its final week; observers of
     * {@link PlacementCompleting} may refuse (hours waiting for confirmation) or act (the certificate).
     */
    @RolesAllowed(Roles.COORDINATOR)
    public PlacementDto complete(long id) {
        Placement placement = find(id);
        if (placement.progress() != PlacementProgress.STARTED) {
            throw new NotAllowedException(placement.progress() == PlacementProgress.UPCOMING
                    ? "placement.complete.notStarted" : "placement.complete.already");
        }
        if (clock.today().isBefore(placement.completableFrom())) {
            throw new NotAllowedException("placement.complete.tooEarly", placement.completableFrom());
        }
        placement.complete(user.name(), clock.now(), clock.today());
        PlacementDto completed = PlacementDto.of(placement);
        completing.fire(new PlacementCompleting(completed));
        return completed;
    }

    private Placement find(long id) {
        return Optional.ofNullable(em.find(Placement.class, id))
                .orElseThrow(() -> new NotFoundException("placement", id));
    }

    /**
     * Names the attendings who supervise a placement; each must be an attending of this hospital. Observers of
     * {@link PlacementChanging} may refuse (an attending who would supervise too many externs at once).
     */
    @RolesAllowed(Roles.COORDINATOR)
    public PlacementDto assignAttendings(long placementId, @NotNull @Size(max = 10) List<Long> staffMemberIds) {
        Placement placement = find(placementId);
        List<StaffMember> attendings = new ArrayList<>();
        for (Long staffId : new LinkedHashSet<>(staffMemberIds)) {
            StaffMember member = em.find(StaffMember.class, staffId);
            if (member == null || member.role() != StaffRole.ATTENDING || !member.isActive()) {
                throw new NotFoundException("attending", staffId);
            }
            attendings.add(member);
        }
        changing.fire(new PlacementChanging(placement.id(), placement.startDate(), placement.endDate(),
                attendings.stream().map(StaffMember::id).toList()));
        placement.supervisedBy(attendings);
        return PlacementDto.of(placement);
    }

    /**
     * Moves a placement to period {@code periodId} of the same externship, with its application (whose seat moves
     * by the application's one seat rule: refused when the period is full). Only a placement that has not started
     * moves, and only to a period that has not started; observers of {@link PlacementChanging} may refuse (an
     * attending's limit). Another hospital's placement or period, or a period of another externship, is not found.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public PlacementDto move(long placementId, long periodId) {
        Placement placement = find(placementId);
        RotationPeriod target = em.find(RotationPeriod.class, periodId);
        if (target == null || !target.externship().id().equals(placement.period().externship().id())) {
            throw new NotFoundException("period", periodId);
        }
        LocalDate today = clock.today();
        if (placement.endDate().isBefore(today)) {
            throw new NotAllowedException("calendar.placementEnded", placement.studentName());
        }
        if (!placement.startDate().isAfter(today)) {
            throw new NotAllowedException("calendar.placementStarted", placement.studentName(),
                    placement.startDate());
        }
        if (target.id().equals(placement.period().id())) {
            return PlacementDto.of(placement);
        }
        if (!target.startDate().isAfter(today)) {
            throw new NotAllowedException("calendar.periodStarted", target.startDate());
        }
        changing.fire(new PlacementChanging(placement.id(), target.startDate(), target.endDate(),
                placement.attendings().stream().map(StaffMember::id).toList()));
        applications.reschedule(placement.application().id(), target.id());
        placement.moveTo(target);
        return PlacementDto.of(placement);
    }

}

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
import org.externship.portal.placement.control.Supervisors;
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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A hospital's placements, for its own staff only ({@link TenantIsolated}): the coordinator sees them all and names
 * the supervising attendings; an attending sees the placements they supervise.
 */
@Stateless
@TenantIsolated
@ReportsInvalidInput
public class Placements {

    @Inject
    Supervisors supervisors;

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
        return supervisors.attendings();
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
     * {@link PlacementChanging} may refuse (an attending who would supervise too many externs at once). A new choice
     * is on the application's timeline and told to the student; the same choice again changes nothing.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public PlacementDto assignAttendings(long placementId, @NotNull @Size(max = 10) List<Long> staffMemberIds) {
        return change(find(placementId), null, staffMemberIds);
    }

    /**
     * Moves a placement to period {@code periodId} of the same externship, with its application (whose seat moves
     * by the application's one seat rule: refused when the period is full). Only a placement that has not started
     * moves, and only to a period that has not started; observers of {@link PlacementChanging} may refuse (an
     * attending's limit). Another hospital's placement or period, or a period of another externship, is not found.
     * A move is on the application's timeline and told to the student.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public PlacementDto move(long placementId, long periodId) {
        return change(find(placementId), periodId, null);
    }

    /**
     * Both in one edit, all or nothing (the rotation calendar's): a move to period {@code periodId} by the rules of
     * {@link #move} and the attendings {@code staffMemberIds} by those of {@link #assignAttendings}. The attendings'
     * limit is checked once, on the dates and attendings after the edit; the edit is one entry on the application's
     * timeline and one notice to the student.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public PlacementDto rearrange(long placementId, long periodId,
                                  @NotNull @Size(max = 10) List<Long> staffMemberIds) {
        return change(find(placementId), periodId, staffMemberIds);
    }

    /** {@code periodId}, {@code staffMemberIds}: {@code null} when that part stays. */
    private PlacementDto change(Placement placement, Long periodId, List<Long> staffMemberIds) {
        RotationPeriod target = periodId == null ? null : movableTo(placement, periodId);
        List<StaffMember> attendings = staffMemberIds == null ? null : attendings(staffMemberIds);
        boolean newAttendings = attendings != null && !ids(attendings).equals(ids(placement.attendings()));
        if (target == null && !newAttendings) {
            return PlacementDto.of(placement);
        }
        List<StaffMember> supervising = newAttendings ? attendings : placement.attendings();
        changing.fire(new PlacementChanging(placement.id(),
                target == null ? placement.startDate() : target.startDate(),
                target == null ? placement.endDate() : target.endDate(),
                supervising.stream().map(StaffMember::id).toList()));
        applications.rearrange(placement.application().id(), target == null ? null : target.id(),
                newAttendings ? attendings.stream().map(StaffMember::fullName).sorted().toList() : null);
        if (target != null) {
            placement.moveTo(target);
        }
        if (newAttendings) {
            placement.supervisedBy(attendings);
        }
        return PlacementDto.of(placement);
    }

    /** The period a placement may move to; {@code null} when it is its own (nothing moves). */
    private RotationPeriod movableTo(Placement placement, long periodId) {
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
            return null;
        }
        if (!target.startDate().isAfter(today)) {
            throw new NotAllowedException("calendar.periodStarted", target.startDate());
        }
        return target;
    }

    /** Active attendings of this hospital, each once, in the order given. */
    private List<StaffMember> attendings(List<Long> staffMemberIds) {
        List<StaffMember> attendings = new ArrayList<>();
        for (Long staffId : new LinkedHashSet<>(staffMemberIds)) {
            StaffMember member = em.find(StaffMember.class, staffId);
            if (member == null || member.role() != StaffRole.ATTENDING || !member.isActive()) {
                throw new NotFoundException("attending", staffId);
            }
            attendings.add(member);
        }
        return attendings;
    }

    private static Set<Long> ids(List<StaffMember> members) {
        return members.stream().map(StaffMember::id).collect(Collectors.toSet());
    }
}

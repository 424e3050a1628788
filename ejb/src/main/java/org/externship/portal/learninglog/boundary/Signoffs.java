package org.externship.portal.learninglog.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.externship.portal.learninglog.entity.LogEntry;
import org.externship.portal.learninglog.entity.Review;
import org.externship.portal.learninglog.entity.ReviewStatus;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.boundary.Placements;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;
import org.externship.portal.shared.entity.StoredTime;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The supervising attending's sign-off of their externs' log entries, in the hospital they act for
 * ({@link TenantIsolated}): only entries that name the caller as supervisor, of placements the caller still
 * supervises there. Verifying locks a version; returning it tells the student why.
 */
@Stateless
@TenantIsolated
@ReportsInvalidInput
@RolesAllowed(Roles.ATTENDING)
public class Signoffs {

    /** The most entries signed off in one go. */
    public static final int BATCH_MAX = 200;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    TenantContext tenant;

    @Inject
    Placements placements;

    /** Entries awaiting the caller's sign-off, by placement and day. */
    public List<SignoffItem> awaiting() {
        Map<Long, PlacementDto> supervised = supervised();
        return em.createNamedQuery(LogEntry.AWAITING_SUPERVISOR, LogEntry.class)
                .setParameter("hospital", tenant.requireTenant())
                .setParameter("supervisor", user.subject())
                .getResultStream()
                .filter(entry -> supervised.containsKey(entry.supervision().placementId()))
                .map(entry -> {
                    PlacementDto placement = supervised.get(entry.supervision().placementId());
                    return new SignoffItem(EntryDto.of(entry), placement.studentName(), placement.externshipTitle());
                })
                .toList();
    }

    /** Verifies entries {@code ids}, all or none: each must await the caller's sign-off. Returns how many. */
    public int verify(@NotEmpty @Size(max = BATCH_MAX) List<Long> ids) {
        List<LogEntry> entries = awaitingMine(ids);
        Instant now = StoredTime.now();
        entries.forEach(entry -> entry.verify(user.name(), null, now));
        return entries.size();
    }

    /** Returns entry {@code id} to the student with what to change. */
    public void sendBack(long id, @NotBlank(message = "{portal.log.comment.required}")
                         @Size(max = Review.COMMENT_MAX, message = "{portal.log.comment.size}") String comment) {
        awaitingMine(List.of(id)).forEach(entry -> entry.sendBack(user.name(), comment.strip(), StoredTime.now()));
    }

    private List<LogEntry> awaitingMine(@NotNull List<Long> ids) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        Map<Long, PlacementDto> supervised = supervised();
        List<LogEntry> entries = em.createNamedQuery(LogEntry.FOR_SUPERVISOR, LogEntry.class)
                .setParameter("ids", distinct)
                .setParameter("hospital", tenant.requireTenant())
                .setParameter("supervisor", user.subject())
                .getResultStream()
                .filter(entry -> supervised.containsKey(entry.supervision().placementId()))
                .filter(entry -> entry.review().status() == ReviewStatus.AWAITING)
                .toList();
        if (entries.size() != distinct.size()) {
            Long missing = distinct.stream()
                    .filter(id -> entries.stream().noneMatch(entry -> entry.id().equals(id)))
                    .findFirst().orElseThrow();
            throw new NotFoundException("log entry", missing);
        }
        return entries;
    }

    private Map<Long, PlacementDto> supervised() {
        return placements.supervisedByMe().stream()
                .collect(Collectors.toMap(PlacementDto::id, Function.identity()));
    }
}

package org.externship.portal.listing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.listing.control.ResidencyPromiseGuard;
import org.externship.portal.listing.entity.Externship;
import org.externship.portal.listing.entity.ListingDraft;
import org.externship.portal.listing.entity.ListingStatus;
import org.externship.portal.listing.entity.PeriodDraft;
import org.externship.portal.listing.entity.RotationPeriod;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantIsolated;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hospital's own externships: its coordinators write, publish, pause and close them. Every method sees only the
 * caller's hospital ({@link TenantIsolated}).
 */
@Stateless
@TenantIsolated
@ReportsInvalidInput
public class Externships {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ResidencyPromiseGuard residencyPromises;

    @Inject
    Event<PeriodsChanging> periodsChanging;

    @RolesAllowed(Roles.COORDINATOR)
    public List<ExternshipSummary> mine() {
        return em.createNamedQuery(Externship.MINE, Externship.class).getResultList().stream()
                .map(ExternshipSummary::of)
                .toList();
    }

    /** The titles of the hospital's externships, alphabetically: one light query, for pickers. */
    @RolesAllowed(Roles.COORDINATOR)
    public List<ExternshipTitle> titles() {
        return em.createNamedQuery(Externship.TITLES, ExternshipTitle.class).getResultList();
    }

    @RolesAllowed(Roles.COORDINATOR)
    public ExternshipSummary find(long id) {
        return ExternshipSummary.of(externship(id));
    }

    /** Everything the coordinator wrote, periods with their ids: what the editor shows to change it. */
    @RolesAllowed(Roles.COORDINATOR)
    public ListingDraft draft(long id) {
        return externship(id).draft();
    }

    /** How many of the hospital's externships students can find now. */
    @RolesAllowed(Roles.COORDINATOR)
    public long countPublished() {
        return em.createNamedQuery(Externship.COUNT_BY_STATUS, Long.class)
                .setParameter("status", ListingStatus.PUBLISHED)
                .getSingleResult();
    }

    @RolesAllowed(Roles.COORDINATOR)
    public ExternshipSummary create(@NotNull @Valid ListingDraft draft) {
        refusePromises(draft);
        Externship externship = new Externship(draft, Instant.now());
        em.persist(externship);
        return ExternshipSummary.of(externship);
    }

    @RolesAllowed(Roles.COORDINATOR)
    public ExternshipSummary update(long id, @NotNull @Valid ListingDraft draft) {
        refusePromises(draft);
        Externship externship = externship(id);
        if (externship.status() == ListingStatus.CLOSED) {
            throw new NotAllowedException("listing.closed");
        }
        if (externship.status() == ListingStatus.PUBLISHED && draft.periods().isEmpty()) {
            throw new NotAllowedException("listing.needsPeriod");
        }
        periodsChanging.fire(new PeriodsChanging(changes(externship, draft)));
        externship.describe(draft, Instant.now());
        em.flush(); // new periods get their ids, removed ones go
        return ExternshipSummary.of(externship);
    }

    /**
     * Saves and publishes in one transaction: nothing is saved if publishing is refused.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public ExternshipSummary updateAndPublish(long id, @NotNull @Valid ListingDraft draft) {
        update(id, draft);
        return publishIfNotYet(id);
    }

    /** Creates and publishes in one transaction: nothing is saved if publishing is refused. */
    @RolesAllowed(Roles.COORDINATOR)
    public ExternshipSummary createAndPublish(@NotNull @Valid ListingDraft draft) {
        long id = create(draft).id();
        em.flush();
        return publishIfNotYet(id);
    }

    private ExternshipSummary publishIfNotYet(long id) {
        Externship externship = externship(id);
        return externship.status() == ListingStatus.PUBLISHED ? ExternshipSummary.of(externship)
                : changeStatus(id, ListingStatus.PUBLISHED);
    }

    /** Publishes, pauses or closes; publishing needs a rotation period and an application deadline ahead. */
    @RolesAllowed(Roles.COORDINATOR)
    public ExternshipSummary changeStatus(long id, @NotNull ListingStatus next) {
        Externship externship = externship(id);
        externship.changeStatus(next, Instant.now());
        return ExternshipSummary.of(externship);
    }

    /** The existing periods whose seats the draft changes or which it leaves out. */
    private static List<PeriodsChanging.Change> changes(Externship externship, ListingDraft draft) {
        Map<Long, PeriodDraft> kept = new HashMap<>();
        draft.periods().stream().filter(p -> p.id() != null).forEach(p -> kept.put(p.id(), p));
        List<PeriodsChanging.Change> changes = new ArrayList<>();
        for (RotationPeriod period : externship.periods()) {
            PeriodDraft next = kept.get(period.id());
            if (next == null) {
                changes.add(new PeriodsChanging.Change(period.id(), period.startDate(), 0, true));
            } else if (next.seats() != period.seats()) {
                changes.add(new PeriodsChanging.Change(period.id(), period.startDate(), next.seats(), false));
            }
        }
        return changes;
    }

    private void refusePromises(ListingDraft draft) {
        residencyPromises.findPromise(draft.publicText()).ifPresent(promise -> {
            throw new NotAllowedException("listing.residencyPromise", promise);
        });
    }

    private Externship externship(long id) {
        Externship externship = em.find(Externship.class, id);
        if (externship == null) {
            throw new NotFoundException("externship", id);
        }
        return externship;
    }
}

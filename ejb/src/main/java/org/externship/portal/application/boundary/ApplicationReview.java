package org.externship.portal.application.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.application.control.SeatLedger;
import org.externship.portal.application.control.StatusChanges;
import org.externship.portal.application.entity.Actor;
import org.externship.portal.application.entity.Application;
import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.application.entity.Rearrangement;
import org.externship.portal.listing.boundary.ExternshipTitle;
import org.externship.portal.listing.entity.Externship;
import org.externship.portal.listing.entity.RotationPeriod;
import org.externship.portal.passport.boundary.PassportDto;
import org.externship.portal.passport.boundary.StoredDocument;
import org.externship.portal.passport.control.PassportReader;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.Page;
import org.externship.portal.shared.boundary.Text;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The coordinator's side of applications, for their own hospital only ({@link TenantIsolated}): the review queue,
 * the full application, moving applications on (one or many), offers that never exceed the seats. Drafts are the
 * student's own and never reach the hospital.
 */
@Stateless
@TenantIsolated
@ReportsInvalidInput
public class ApplicationReview {

    /** Moves that make sense for many applications at once; offers are made one by one. */
    public static final Set<ApplicationStatus> BULK_MOVES = EnumSet.of(ApplicationStatus.UNDER_REVIEW,
            ApplicationStatus.INTERVIEW, ApplicationStatus.WAITLISTED, ApplicationStatus.REJECTED);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    SeatLedger seats;

    @Inject
    StatusChanges statusChanges;

    @Inject
    PassportReader passports;

    @Inject
    Event<PlacementRearranged> rearranged;

    @Inject
    CurrentUser user;

    @Inject
    TenantContext tenant;

    @Inject
    @ConfigProperty(name = "portal.offer.hold-days")
    int defaultHoldDays;

    /** The most rows {@link #export} answers. */
    public static final int EXPORT_LIMIT = 5_000;

    /** One page of the queue: a count and one query for the rows, whatever the size of the hospital. */
    @RolesAllowed(Roles.COORDINATOR)
    public Page<ApplicationSummary> queue(@NotNull QueueFilter filter, @Min(0) int first,
                                          @Min(1) @Max(200) int pageSize) {
        return select(filter, "new " + ApplicationSummary.class.getName() + "(a.id, a.externshipTitle, "
                + "a.hospitalName, a.studentName, a.startDate, a.endDate, a.status, a.offerExpiresAt, a.submittedAt, "
                + "a.updatedAt)", ApplicationSummary.class, first, pageSize);
    }

    /**
     * The queue's page as it opens: the hospital's externships, and the page of {@link #queue} for {@code filter}.
     * Three queries, whatever the size of the hospital.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public QueueOpening open(@NotNull QueueFilter filter, @Min(0) int first, @Min(1) @Max(200) int pageSize) {
        return new QueueOpening(em.createNamedQuery(Externship.TITLES, ExternshipTitle.class).getResultList(),
                queue(filter, first, pageSize));
    }

    /**
     * Every application the queue shows for {@code filter}, in its order, with the students' e-mail addresses, for a
     * download: at most {@link #EXPORT_LIMIT} rows, and how many match in all. A count and one query.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public Page<ExportedApplication> export(@NotNull QueueFilter filter) {
        return select(filter, "new " + ExportedApplication.class.getName() + "(a.id, a.studentName, a.studentEmail, "
                + "a.externshipTitle, a.startDate, a.endDate, a.status, a.submittedAt, a.updatedAt)",
                ExportedApplication.class, 0, EXPORT_LIMIT);
    }

    private <T> Page<T> select(QueueFilter filter, String constructor, Class<T> type, int first, int max) {
        StringBuilder where = new StringBuilder(" where a.submittedAt is not null");
        Map<String, Object> parameters = new HashMap<>();
        if (!filter.statuses().isEmpty()) {
            where.append(" and a.status in :statuses");
            parameters.put("statuses", List.copyOf(filter.statuses()));
        }
        if (filter.externshipId() != null) {
            where.append(" and a.externship.id = :externship");
            parameters.put("externship", filter.externshipId());
        }
        if (filter.student() != null && !filter.student().isBlank()) {
            where.append(" and lower(a.studentName) like :student");
            parameters.put("student", "%" + filter.student().strip().toLowerCase(Locale.ROOT) + "%");
        }
        TypedQuery<Long> count = em.createQuery("select count(a) from Application a" + where, Long.class);
        TypedQuery<T> rows = em.createQuery("select " + constructor + " from Application a" + where + " order by "
                + filter.order().path + (filter.descending() ? " desc" : " asc") + ", a.id", type);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        return new Page<>(rows.setFirstResult(first).setMaxResults(max).getResultList(), count.getSingleResult());
    }

    @RolesAllowed(Roles.COORDINATOR)
    public ApplicationDetail application(long id) {
        return detail(submitted(id));
    }

    /** How many days an offer holds its seat unless the coordinator says otherwise. */
    @RolesAllowed(Roles.COORDINATOR)
    public int defaultHoldDays() {
        return defaultHoldDays;
    }

    /**
     * The applicant's clinical passport, profile and current documents, while the application shares it
     * ({@link ApplicationStatus#sharesPassport()}); empty once it was withdrawn, rejected or declined.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public Optional<PassportDto> applicantPassport(long applicationId) {
        Application application = submitted(applicationId);
        return application.status().sharesPassport()
                ? Optional.of(passports.passportOf(application.studentSubject()))
                : Optional.empty();
    }

    /**
     * One of the applicant's documents, while the application shares the passport; another student's document, or
     * any once the application was withdrawn, rejected or declined, is not found.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public StoredDocument applicantDocument(long applicationId, long documentId) {
        Application application = submitted(applicationId);
        if (!application.status().sharesPassport()) {
            throw new NotFoundException("document", documentId);
        }
        return passports.openDocument(application.studentSubject(), documentId);
    }

    /** Moves one application on: review, interview, waitlist or reject (offers: {@link #offer}). */
    @RolesAllowed(Roles.COORDINATOR)
    public ApplicationDetail move(long id, @NotNull ApplicationStatus next, @Size(max = 500) String note) {
        if (next == ApplicationStatus.OFFERED) {
            throw new NotAllowedException("application.offerNeedsDays");
        }
        Application application = submitted(id);
        moveOn(application, next, note, Instant.now(), null);
        return detail(application);
    }

    /** Moves many applications at once, all or none; only the moves of {@link #BULK_MOVES}. */
    @RolesAllowed(Roles.COORDINATOR)
    public int moveAll(@NotEmpty @Size(max = 200) List<Long> ids, @NotNull ApplicationStatus next,
                       @Size(max = 500) String note) {
        if (!BULK_MOVES.contains(next)) {
            throw new NotAllowedException("application.notInBulk", next);
        }
        Instant now = Instant.now();
        Set<Long> distinct = new LinkedHashSet<>(ids);
        for (Long id : distinct) {
            moveOn(submitted(id), next, note, now, null);
        }
        return distinct.size();
    }

    /**
     * Offers the application's period seat, held for {@code holdDays} days. Refused when every seat is held, also
     * when another coordinator offers the last seat at the same moment.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public ApplicationDetail offer(long id, @Min(1) @Max(30) int holdDays, @Size(max = 500) String note) {
        Application application = submitted(id);
        Instant now = Instant.now();
        application.checkMove(ApplicationStatus.OFFERED, Actor.COORDINATOR, LocalDate.now());
        seats.claimSeat(application.period().id(), now);
        moveOn(application, ApplicationStatus.OFFERED, note, now, now.plus(Duration.ofDays(holdDays)));
        return detail(application);
    }

    /**
     * A coordinator's change of the placement accepted application {@code applicationId} became, on its timeline and
     * told to the student ({@link PlacementRearranged}, after the commit). {@code periodId}: the period of the same
     * externship it moves to ({@code null} or its own: it stays); the seat moves by the one rule of
     * {@link SeatLedger} (refused, {@code calendar.periodFull}, when every seat is held), then both periods are
     * recounted. {@code attendings}: the supervising attendings' names after the change ({@code null}: they did not
     * change; empty: nobody is named any more). Another hospital's application or period, or one of another
     * externship, is not found. Whether the placement may still move, and whom it may name, is the placement's to
     * say; nothing that changes records nothing.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public void rearrange(long applicationId, Long periodId, @Size(max = 10) List<String> attendings) {
        Application application = submitted(applicationId);
        Instant now = Instant.now();
        boolean moved = periodId != null && reschedule(application, periodId, now);
        Rearrangement what = Rearrangement.of(moved, attendings != null);
        if (what == null) {
            return;
        }
        String names = attendings == null || attendings.isEmpty() ? null : String.join(", ", attendings);
        application.recordRearrangement(what, names, user.name(), now);
        rearranged.fire(PlacementRearranged.of(application, tenant.requireTenant(), what, names, user.name(), now));
    }

    /** Moves the accepted seat to period {@code periodId}; false when it is there already. */
    private boolean reschedule(Application application, long periodId, Instant now) {
        RotationPeriod target = em.find(RotationPeriod.class, periodId);
        if (target == null || application.status() != ApplicationStatus.ACCEPTED
                || !target.externship().id().equals(application.externship().id())) {
            throw new NotFoundException("period", periodId);
        }
        RotationPeriod before = application.period();
        if (before.id().equals(target.id())) {
            return false;
        }
        seats.claimSeat(target.id(), now, "calendar.periodFull");
        application.reschedule(target, now);
        seats.recount(before, now);
        seats.recount(target, now);
        return true;
    }

    private void moveOn(Application application, ApplicationStatus next, String note, Instant now,
                        Instant offerExpiresAt) {
        statusChanges.move(application, tenant.requireTenant(), next, Actor.COORDINATOR, user.name(),
                Text.trimmed(note), now, offerExpiresAt);
    }

    /** Application {@code id} of this hospital, once the student has submitted it (a withdrawn draft never was). */
    private Application submitted(long id) {
        Application application = em.find(Application.class, id);
        if (application == null || application.submittedAt() == null) {
            throw new NotFoundException("application", id);
        }
        return application;
    }

    private ApplicationDetail detail(Application application) {
        return ApplicationDetail.of(application, Actor.COORDINATOR);
    }
}

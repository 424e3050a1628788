package org.externship.portal.learninglog.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.learninglog.control.ProgressTally;
import org.externship.portal.learninglog.entity.EntryContent;
import org.externship.portal.learninglog.entity.LogEntry;
import org.externship.portal.learninglog.entity.ReviewStatus;
import org.externship.portal.learninglog.entity.Supervision;
import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.application.boundary.MyApplications;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.placement.boundary.MyPlacements.SupervisorOfMine;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.Page;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.entity.StoredTime;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The signed-in student's own learning log. Every method works on the caller's entries only, taken from
 * {@link CurrentUser}, never from a parameter: another student's entry is not found. Every text is checked for patient
 * identifiers before anything is stored ({@link PatientPrivacy}). An entry of a placement names one of the attendings
 * who supervise it, proven through the placement's own boundary.
 */
@Stateless
@ReportsInvalidInput
@RolesAllowed(Roles.STUDENT)
public class LearningLog {

    /** The most entries one list shows; a filter narrows further. */
    public static final int LIST_LIMIT = 500;
    /** The most entries one export holds. */
    public static final int EXPORT_LIMIT = 5000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    MyPlacements placements;

    @Inject
    MyApplications applications;

    @Inject
    PatientPrivacy privacy;

    public EntryDto record(@NotNull @Valid EntryCommand command) {
        EntryContent content = checked(command);
        LogEntry entry = new LogEntry(user.subject(), supervision(command), content, StoredTime.now());
        em.persist(entry);
        return EntryDto.of(entry);
    }

    /**
     * The student's new words for entry {@code id}. A verified or returned version is kept in the history and the
     * entry starts a new version, which its supervisor signs again.
     */
    public EntryDto revise(long id, @NotNull @Valid EntryCommand command) {
        EntryContent content = checked(command);
        LogEntry entry = own(id);
        entry.revise(supervision(command), content, StoredTime.now());
        return EntryDto.of(entry);
    }

    /** Removes an entry nobody has reviewed yet; a reviewed one is part of the record and stays. */
    public void remove(long id) {
        LogEntry entry = own(id);
        if (entry.isReviewed() || !entry.earlierVersions().isEmpty()) {
            throw new NotAllowedException("log.reviewedStays");
        }
        em.remove(entry);
    }

    /**
     * Lets the coordinators of the entry's hospital read entry {@code id} (as it stands, also after later edits), or
     * makes it private again. An entry outside any placement has nobody to share with.
     */
    public EntryDto share(long id, boolean shared) {
        LogEntry entry = own(id);
        if (shared && !entry.supervision().isSupervised()) {
            throw new NotAllowedException("log.share.outside");
        }
        entry.share(shared, StoredTime.now());
        return EntryDto.withHistory(entry);
    }

    /** One of the caller's entries, with the reviewed versions before it. */
    public EntryDto entry(long id) {
        return EntryDto.withHistory(own(id));
    }

    /** The caller's log at a glance (one grouped query). */
    public LogSummary summary() {
        long entries = 0;
        long minutes = 0;
        Map<ReviewStatus, Long> byStatus = new EnumMap<>(ReviewStatus.class);
        for (Object[] row : em.createQuery("select e.review.status, count(e), sum(e.content.minutes) from LogEntry e "
                        + "where e.studentSubject = :student group by e.review.status", Object[].class)
                .setParameter("student", user.subject())
                .getResultList()) {
            long count = ((Number) row[1]).longValue();
            byStatus.put((ReviewStatus) row[0], count);
            entries += count;
            minutes += row[2] == null ? 0 : ((Number) row[2]).longValue();
        }
        return new LogSummary(entries, EntryDto.hours((int) minutes), byStatus.getOrDefault(ReviewStatus.VERIFIED, 0L),
                byStatus.getOrDefault(ReviewStatus.AWAITING, 0L), byStatus.getOrDefault(ReviewStatus.RETURNED, 0L));
    }

    /** The caller's progress in numbers (for charts), over the entries {@code filter} selects. */
    public LogProgress progress(@NotNull LogFilter filter) {
        return ProgressTally.of(matching(filter, EXPORT_LIMIT).toList());
    }

    /** The caller's latest entry, to repeat it for a similar case. */
    public Optional<EntryDto> latest() {
        return em.createNamedQuery(LogEntry.LATEST_OF_STUDENT, LogEntry.class)
                .setParameter("student", user.subject())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(EntryDto::of);
    }

    /**
     * The caller's entries that match {@code filter}, newest day first (at most {@link #LIST_LIMIT}), and how many
     * matched.
     */
    public Page<EntryDto> mine(@NotNull LogFilter filter) {
        List<EntryDto> rows = matching(filter, LIST_LIMIT).map(EntryDto::of).toList();
        return new Page<>(rows, rows.size() < LIST_LIMIT ? rows.size() : count(filter));
    }

    /**
     * The caller's entries that match {@code filter}, newest day first, as an export writes them: with the placement's
     * externship and hospital and the verification marks; at most {@link #EXPORT_LIMIT}, and how many matched.
     */
    public Page<ExportedEntry> export(@NotNull LogFilter filter) {
        Map<Long, ApplicationSummary> placementsByApplication = applications.mine().stream()
                .collect(Collectors.toMap(ApplicationSummary::id, Function.identity()));
        List<ExportedEntry> rows = matching(filter, EXPORT_LIMIT)
                .map(entry -> ExportedEntry.of(entry, placementsByApplication.get(entry.supervision().applicationId())))
                .toList();
        long total = rows.size() < EXPORT_LIMIT ? rows.size() : count(filter);
        return new Page<>(rows, total);
    }

    private Stream<LogEntry> matching(LogFilter filter, int limit) {
        Where where = Where.of(filter, user.subject());
        TypedQuery<LogEntry> query = em.createQuery("select e from LogEntry e where " + where.jpql
                + " order by e.content.date desc, e.id desc", LogEntry.class).setMaxResults(limit);
        where.parameters.forEach(query::setParameter);
        return query.getResultStream();
    }

    private long count(LogFilter filter) {
        Where where = Where.of(filter, user.subject());
        TypedQuery<Long> query = em.createQuery("select count(e) from LogEntry e where " + where.jpql, Long.class);
        where.parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** A filter as JPQL conditions on {@code e} and their parameters; always the student's own entries. */
    private record Where(String jpql, Map<String, Object> parameters) {

        static Where of(LogFilter filter, String student) {
            StringBuilder jpql = new StringBuilder("e.studentSubject = :student");
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("student", student);
            if (filter.kind() != null) {
                jpql.append(" and e.content.kind = :kind");
                parameters.put("kind", filter.kind());
            }
            if (filter.outsidePlacements()) {
                jpql.append(" and e.supervision.placementId is null");
            } else if (filter.applicationId() != null) {
                jpql.append(" and e.supervision.applicationId = :application");
                parameters.put("application", filter.applicationId());
            }
            if (filter.from() != null) {
                jpql.append(" and e.content.date >= :from");
                parameters.put("from", filter.from());
            }
            if (filter.to() != null) {
                jpql.append(" and e.content.date <= :to");
                parameters.put("to", filter.to());
            }
            if (filter.status() != null) {
                jpql.append(" and e.review.status = :status");
                parameters.put("status", filter.status());
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                jpql.append(" and (lower(e.content.topic) like :text escape '\\' "
                        + "or lower(e.content.notes) like :text escape '\\')");
                parameters.put("text", "%" + literal(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
            }
            return new Where(jpql.toString(), parameters);
        }
    }

    /** {@code text} with LIKE's wildcards and the escape character taken literally. */
    static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private EntryContent checked(EntryCommand command) {
        EntryContent content = command.content();
        privacy.requireDeidentified(content.freeTexts());
        return content;
    }

    private Supervision supervision(EntryCommand command) {
        if (!command.inPlacement()) {
            return Supervision.none();
        }
        if (command.supervisorId() == null) {
            throw new NotAllowedException("log.supervisorRequired");
        }
        SupervisorOfMine supervisor = placements.supervisor(command.applicationId(), command.supervisorId())
                .orElseThrow(() -> new NotFoundException("supervisor", command.supervisorId()));
        return new Supervision(supervisor.hospitalAlias(), supervisor.placementId(), supervisor.applicationId(),
                command.supervisorId(), supervisor.subject(), supervisor.name());
    }

    private LogEntry own(long id) {
        return em.createNamedQuery(LogEntry.OF_STUDENT, LogEntry.class)
                .setParameter("id", id)
                .setParameter("student", user.subject())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("log entry", id));
    }
}

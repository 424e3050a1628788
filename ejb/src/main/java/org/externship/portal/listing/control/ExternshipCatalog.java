package org.externship.portal.listing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.externship.portal.listing.boundary.ExternshipHit;
import org.externship.portal.listing.boundary.OpenPeriod;
import org.externship.portal.listing.boundary.SearchCriteria;
import org.externship.portal.listing.boundary.SearchSort;
import org.externship.portal.listing.entity.ClinicalSetting;
import org.externship.portal.listing.entity.ExternshipType;
import org.externship.portal.listing.entity.OpenForApplications;
import org.externship.portal.listing.entity.PublicExternship;
import org.externship.portal.qualification.control.EligibilityMatcher;
import org.externship.portal.qualification.entity.DocumentType;
import org.externship.portal.qualification.entity.EcfmgStatus;
import org.externship.portal.qualification.entity.ExamResult;
import org.externship.portal.qualification.entity.Qualifications;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.shared.boundary.Page;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The public catalogue of externships: searches over {@link PublicExternship}, which only ever holds PUBLISHED
 * rows. Lists only those whose application deadline has not passed and that have a rotation period ahead. Every
 * page costs three statements whatever the data: the count, the page's rows, the page's upcoming periods.
 *
 * <p>"Only externships I qualify for" is {@link EligibilityMatcher} written as predicates, so that paging stays
 * right: an externship is kept when the student meets its requirements for at least one upcoming period.
 */
@Dependent
public class ExternshipCatalog {

    /** Open for applications ({@link OpenForApplications}; the last start is kept on the externship). */
    private static final String FROM = " from PublicExternship e join e.hospital h where "
            + OpenForApplications.EXTERNSHIP;
    private static final String COLUMNS = "e.id, e.title, h.name, e.city, e.state, e.specialty, e.type, e.setting,"
            + " e.applicationDeadline";

    /** Hospitals matched by name that a text search lists by alias; beyond, it compares names row by row. */
    static final int MAX_NAMED_HOSPITALS = 100;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * One page of the open externships the criteria match, and how many match in all. A first page that is not
     * full holds every match, so it needs no count.
     */
    public Page<ExternshipHit> search(SearchCriteria criteria, LocalDate today, int first, int size) {
        return search(where(criteria, today), criteria, today, first, size);
    }

    /**
     * Like {@link #search}, keeping only externships listed after {@code since}: first published then, or given a
     * rotation period ahead then (what a saved search's alert tells of).
     */
    public Page<ExternshipHit> listedSince(SearchCriteria criteria, Instant since, LocalDate today, int size) {
        Where where = where(criteria, today);
        where.and("(e.firstPublishedAt > :since or exists (select n from PublicRotationPeriod n where n.externship = e"
                + " and n.listedAt > :since and n.startDate > :today))", "since", since);
        return search(where, criteria, today, 0, size);
    }

    /** The published externships {@code ids} with their periods, in one statement. */
    public List<PublicExternship> withPeriods(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct e from PublicExternship e left join fetch e.periods"
                        + " where e.id in :ids", PublicExternship.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    private Page<ExternshipHit> search(Where where, SearchCriteria criteria, LocalDate today, int first, int size) {
        List<ExternshipHit> hits = page(where, criteria.sort(), today, first, size);
        boolean everything = first == 0 && hits.size() < size;
        return new Page<>(hits, everything ? hits.size() : count(where));
    }

    private long count(Where where) {
        TypedQuery<Long> query = em.createQuery("select count(e)" + FROM + where.jpql, Long.class);
        where.parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private List<ExternshipHit> page(Where where, SearchSort sort, LocalDate today, int first, int size) {
        // sorted by the first period's start, which for an open externship is the next one but in the rare case of
        // a period begun before its deadline; the hit shows the true next start (upcoming periods, below)
        String jpql = "select " + COLUMNS + ", coalesce(e.feeCents, 0), e.firstStart"
                + FROM + where.jpql
                + " order by " + switch (sort) {
                    case START -> "e.firstStart, e.id";
                    case DEADLINE -> "e.applicationDeadline, e.firstStart, e.id";
                    case FEE -> "coalesce(e.feeCents, 0), e.firstStart, e.id";
                };
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class)
                .setFirstResult(first)
                .setMaxResults(size);
        where.parameters.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LocalDate>> starts = upcomingStarts(rows.stream().map(row -> (Long) row[0]).toList(), today);
        List<ExternshipHit> hits = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = (Long) row[0];
            List<LocalDate> upcoming = starts.getOrDefault(id, List.of());
            hits.add(new ExternshipHit(id, (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    (Specialty) row[5], (ExternshipType) row[6], (ClinicalSetting) row[7],
                    upcoming.isEmpty() ? (LocalDate) row[10] : upcoming.get(0), (LocalDate) row[8],
                    ((Number) row[9]).longValue(), upcoming));
        }
        return hits;
    }

    /** The published externship {@code id}, whatever its deadline; empty if there is none (or it is not public). */
    public Optional<PublicExternship> find(long id) {
        return em.createQuery("select e from PublicExternship e join fetch e.hospital where e.id = :id",
                        PublicExternship.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** Period {@code periodId}, if it takes applications on {@code today} ({@link OpenForApplications}). */
    public Optional<OpenPeriod> openPeriod(long periodId, LocalDate today) {
        return em.createQuery("select new " + OpenPeriod.class.getName() + "(p.id, e.id, e.title, h.alias, h.name,"
                        + " p.startDate, p.endDate, e.applicationDeadline) from PublicExternship e join e.periods p"
                        + " join e.hospital h where p.id = :period and "
                        + OpenForApplications.EXTERNSHIP + " and " + OpenForApplications.PERIOD, OpenPeriod.class)
                .setParameter("period", periodId)
                .setParameter("today", today)
                .getResultStream()
                .findFirst();
    }

    /** The aliases of the hospitals whose name matches {@code pattern}, up to one more than the most listed. */
    private List<String> hospitalsNamed(String pattern) {
        return em.createQuery("select h.alias from Hospital h where lower(h.name) like :text escape '!'", String.class)
                .setParameter("text", pattern)
                .setMaxResults(MAX_NAMED_HOSPITALS + 1)
                .getResultList();
    }

    private Map<Long, List<LocalDate>> upcomingStarts(List<Long> ids, LocalDate today) {
        List<Object[]> periods = em.createQuery("select p.externship.id, p.startDate from PublicRotationPeriod p"
                        + " where p.externship.id in :ids and " + OpenForApplications.PERIOD + " order by p.startDate",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("today", today)
                .getResultList();
        Map<Long, List<LocalDate>> starts = new HashMap<>();
        for (Object[] period : periods) {
            starts.computeIfAbsent((Long) period[0], id -> new ArrayList<>()).add((LocalDate) period[1]);
        }
        return starts;
    }

    private Where where(SearchCriteria c, LocalDate today) {
        Where where = new Where();
        where.parameters.put("today", today);
        if (c.text() != null) {
            String text = "%" + escapeLike(c.text().toLowerCase(Locale.ROOT)) + "%";
            // title, description and city are one indexed column; the hospitals named so are looked up first (a
            // short list), so the condition stays one the index can answer rather than one per joined row
            List<String> hospitals = hospitalsNamed(text);
            if (hospitals.isEmpty()) {
                where.and("e.searchText like :text escape '!'", "text", text);
            } else if (hospitals.size() <= MAX_NAMED_HOSPITALS) {
                where.and("(e.searchText like :text escape '!' or e.tenantId in :hospitals)", "text", text);
                where.parameters.put("hospitals", hospitals);
            } else {
                where.and("(e.searchText like :text escape '!' or lower(h.name) like :text escape '!')", "text",
                        text);
            }
        }
        if (c.specialty() != null) {
            where.and("e.specialty = :specialty", "specialty", c.specialty());
        }
        if (c.type() != null) {
            where.and("e.type = :type", "type", c.type());
        }
        if (c.setting() != null) {
            where.and("e.setting = :setting", "setting", c.setting());
        }
        if (c.state() != null) {
            where.and("e.state = :state", "state", c.state().toUpperCase(Locale.ROOT));
        }
        if (c.city() != null) {
            where.and("lower(e.city) = :city", "city", c.city().toLowerCase(Locale.ROOT));
        }
        if (c.minWeeks() != null) {
            where.and("e.durationWeeks >= :minWeeks", "minWeeks", c.minWeeks());
        }
        if (c.maxWeeks() != null) {
            where.and("e.durationWeeks <= :maxWeeks", "maxWeeks", c.maxWeeks());
        }
        if (c.startMonth() != null) {
            LocalDate from = c.startMonth().atDay(1);
            where.and("exists (select m from PublicRotationPeriod m where m.externship = e"
                    + " and m.startDate >= :monthFrom and m.startDate <= :monthTo and m.startDate >= :today)",
                    "monthFrom", from);
            where.parameters.put("monthTo", c.startMonth().atEndOfMonth());
        }
        if (c.maxFeeCents() != null) {
            where.and("coalesce(e.feeCents, 0) <= :maxFee", "maxFee", c.maxFeeCents());
        }
        if (c.visa() != null) {
            where.and(accepts("visa"), "visa", listed(c.visa()));
        }
        if (c.qualifiedFor() != null) {
            qualified(c.qualifiedFor(), where);
        }
        return where;
    }

    /**
     * {@link EligibilityMatcher#check} as predicates: the requirements that do not depend on the period on the
     * externship, the graduation window and document validity on an upcoming period.
     */
    private static void qualified(Qualifications student, Where where) {
        // boolean columns are compared as integers: EclipseLink sends H2 booleans as 0/1, which H2 2 will not
        // compare with a BOOLEAN column; the cast works on H2 and PostgreSQL alike
        if (student.step1() != ExamResult.PASSED) {
            where.and("cast(e.requirements.step1Required as integer) = 0");
        }
        if (student.step2ck() != ExamResult.PASSED) {
            where.and("cast(e.requirements.step2ckRequired as integer) = 0");
        }
        if (student.step2ckScore() == null) {
            where.and("e.requirements.minStep2ckScore is null");
        } else {
            where.and("(e.requirements.minStep2ckScore is null"
                    + " or e.requirements.minStep2ckScore <= :step2ckScore)", "step2ckScore",
                    student.step2ckScore());
        }
        if (student.step3() != ExamResult.PASSED) {
            where.and("cast(e.requirements.step3Required as integer) = 0");
        }
        if (student.ecfmg() != EcfmgStatus.CERTIFIED) {
            where.and("cast(e.requirements.ecfmgRequired as integer) = 0");
        }
        if (student.visa() == null) {
            where.and("e.requirements.acceptedVisas = ''");
        } else {
            where.and(accepts("studentVisa"), "studentVisa", listed(student.visa()));
        }
        List<String> onPeriod = new ArrayList<>();
        if (student.finalYearStudent()) {
            where.and("cast(e.requirements.finalYearAccepted as integer) = 1");
        } else {
            onPeriod.add("(e.requirements.graduatedWithinYears is null"
                    + " or extract(year from q.startDate) - :graduationYear <= e.requirements.graduatedWithinYears)");
            where.parameters.put("graduationYear", student.graduationYear());
        }
        for (DocumentType document : DocumentType.values()) {
            String required = requires(document);
            LocalDate validUntil = student.documentsValidUntil().get(document);
            if (validUntil == null) {
                where.and("not " + required);
            } else {
                String parameter = "valid" + document.ordinal();
                onPeriod.add("(not " + required + " or q.startDate <= :" + parameter + ")");
                where.parameters.put(parameter, validUntil);
            }
        }
        if (!onPeriod.isEmpty()) {
            where.and("exists (select q from PublicRotationPeriod q where q.externship = e"
                    + " and q.startDate >= :today and " + String.join(" and ", onPeriod) + ")");
        }
    }

    /** The externship requires this document valid on the first day (malpractice: unless the host covers it). */
    private static String requires(DocumentType document) {
        String listed = "(concat(',', e.requirements.requiredDocuments, ',') like '%," + document.name() + ",%')";
        return document == DocumentType.MALPRACTICE
                ? "(cast(e.requirements.malpracticeProvided as integer) = 0 or " + listed + ")"
                : listed;
    }

    private static String accepts(String parameter) {
        return "(e.requirements.acceptedVisas = ''"
                + " or concat(',', e.requirements.acceptedVisas, ',') like :" + parameter + ")";
    }

    private static String listed(Enum<?> value) {
        return "%," + value.name() + ",%";
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The conditions after the fixed part of the query, and their parameters. */
    private static final class Where {

        private String jpql = "";
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        void and(String condition) {
            jpql += " and " + condition;
        }

        void and(String condition, String parameter, Object value) {
            and(condition);
            parameters.put(parameter, value);
        }
    }
}

package org.externship.portal.report.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.externship.portal.compliance.boundary.PlacementReadiness;
import org.externship.portal.letters.entity.RequestStatus;
import org.externship.portal.report.boundary.ComplianceStatus;
import org.externship.portal.report.boundary.EvaluationCompletion;
import org.externship.portal.report.boundary.HospitalReport;
import org.externship.portal.report.boundary.HoursLogged;
import org.externship.portal.report.boundary.LetterCompletion;
import org.externship.portal.report.boundary.PeriodFunnel;
import org.externship.portal.report.boundary.ReportRange;
import org.externship.portal.report.boundary.ReportSection;
import org.externship.portal.rotation.entity.AttendanceStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one section of the reports of the hospital the transaction has entered, for the rotation periods starting in
 * a range: the periods, then the section's own queries, at most two (its placements, an aggregate: GROUP BY), and
 * onboarding's two for the placements not started, whatever the number of periods, applications or placements (no
 * query per row: {@code ReportsIT} counts the statements). The listing's, application's and placement's entities
 * carry EclipseLink's tenant filter; the rotation's and the letters' rows (also the student's) name the hospital in
 * every query, and on PostgreSQL row-level security holds all of them to the hospital as well.
 */
@Dependent
public class ReportReader {

    private static final String IN_RANGE = " pe.startDate between :from and :to";
    private static final String PERIODS = "select pe.id, e.id, e.title, pe.startDate, pe.endDate, pe.seats "
            + "from RotationPeriod pe join pe.externship e where" + IN_RANGE
            + " order by e.title, e.id, pe.startDate, pe.id";
    /** Each application counts once per step it ever reached (the first time of each stays on its row). */
    private static final String STEPS = "select pe.id, count(a.submittedAt), count(a.offeredAt), count(a.acceptedAt) "
            + "from Application a join a.period pe where" + IN_RANGE + " group by pe.id";
    /**
     * One row per placement (a hospital has a few hundred a year), started and completed as 1 or 0 (no timestamps to
     * convert): the funnel counts them per period, and those not started go to onboarding's readiness, so no other
     * query walks the range's placements for either.
     */
    private static final String PLACEMENTS = "select p.id, pe.id, case when p.startedAt is null then 0 else 1 end, "
            + "case when p.completedAt is null then 0 else 1 end from Placement p join p.period pe where" + IN_RANGE;
    /*
     * The tables below count per period (pe.id) and the externship is looked up from the periods already read:
     * pe.externship.id would join the externship table (and its policies) into each query.
     */
    /**
     * Per completed placement: its attendings, and the evaluations they submitted (at most one each; one of an
     * attending removed since does not count). Evaluation carries no EclipseLink tenant filter (it names the hospital
     * itself), so its ON clause stays an ON clause and a placement nobody evaluated yet still counts its attendings;
     * the ON clause names the placement only (EclipseLink writes the outer join right after the placement's table),
     * so each row pairs an attending with an evaluation of the placement and the sum keeps the pairs that match.
     */
    private static final String ATTENDINGS = "select p.id, pe.id, count(distinct s), "
            + "sum(case when ev.attendingStaffId = s.id then 1 else 0 end) from Placement p "
            + "join p.attendings s join p.period pe left join Evaluation ev on ev.placementId = p.id "
            + "and ev.hospitalAlias = :hospital where p.completedAt is not null and" + IN_RANGE
            + " group by p.id, pe.id";
    /** Per period and status: the requests, and those past their due date (overdue while the status is open). */
    private static final String LETTERS = "select pe.id, r.status, count(r), "
            + "sum(case when r.dueDate < :today then 1 else 0 end) from Placement p join p.period pe, "
            + "LetterRequest r where r.hospitalAlias = :hospital and r.placementId = p.id and" + IN_RANGE
            + " group by pe.id, r.status";
    private static final String HOURS = "select pe.id, d.status, count(d), sum(d.hours) from Placement p "
            + "join p.period pe, AttendanceDay d where d.hospitalAlias = :hospital and d.placementId = p.id and"
            + IN_RANGE + " group by pe.id, d.status";

    private static final Set<RequestStatus> OPEN = Set.of(RequestStatus.REQUESTED, RequestStatus.ACCEPTED,
            RequestStatus.IN_PROGRESS);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * Section {@code section} of the reports of {@code hospital} (the alias the transaction has entered) for
     * {@code range}, on {@code today}: the periods, and the section's own queries only. {@code readiness} assesses the
     * range's placements not started (a placement's id to its externship's id: onboarding's rules, its boundary),
     * asked only for the onboarding section and only when there are some.
     */
    public HospitalReport read(String hospital, ReportRange range, LocalDate today, ReportSection section,
                               Function<Map<Long, Long>, List<PlacementReadiness>> readiness) {
        List<Object[]> periodRows = inRange(em.createQuery(PERIODS, Object[].class), range).getResultList();
        if (periodRows.isEmpty()) {
            return HospitalReport.none(range);
        }
        Map<Long, String> titles = new LinkedHashMap<>();
        Map<Long, Long> externshipOf = new HashMap<>(); // period -> externship
        periodRows.forEach(row -> {
            titles.putIfAbsent((Long) row[1], (String) row[2]);
            externshipOf.put((Long) row[0], (Long) row[1]);
        });
        List<PeriodFunnel> periods = List.of();
        List<ComplianceStatus> compliance = List.of();
        List<EvaluationCompletion> evaluations = List.of();
        List<LetterCompletion> letters = List.of();
        List<HoursLogged> hours = List.of();
        switch (section) {
            case FUNNEL -> periods = periods(range, periodRows, placements(range, externshipOf));
            case COMPLIANCE -> {
                Map<Long, Long> notStarted = placements(range, externshipOf).notStarted();
                compliance = notStarted.isEmpty() ? List.of()
                        : ComplianceStatus.of(readiness.apply(notStarted), titles);
            }
            case EVALUATIONS -> {
                Map<Long, Long> completedPerExternship = new HashMap<>();
                placements(range, externshipOf).perPeriod().forEach((period, counts) ->
                        completedPerExternship.merge(externshipOf.get(period), counts[1], Long::sum));
                evaluations = evaluations(hospital, range, titles, externshipOf, completedPerExternship);
            }
            case LETTERS -> letters = letters(hospital, range, today, titles, externshipOf);
            case HOURS -> hours = hours(hospital, range, titles, externshipOf);
        }
        return new HospitalReport(range, true, periods, compliance, evaluations, letters, hours);
    }

    /** The range's placements: per period how many and how many completed; those not started, with their externship. */
    private record Placements(Map<Long, long[]> perPeriod, Map<Long, Long> notStarted) {
    }

    private Placements placements(ReportRange range, Map<Long, Long> externshipOf) {
        Map<Long, long[]> placed = new HashMap<>(); // per period: placements, completed
        Map<Long, Long> notStarted = new HashMap<>(); // placement -> externship
        inRange(em.createQuery(PLACEMENTS, Object[].class), range).getResultStream().forEach(row -> {
            long[] counts = placed.computeIfAbsent((Long) row[1], period -> new long[2]);
            counts[0]++;
            counts[1] += count(row[3]);
            if (count(row[2]) == 0) {
                notStarted.put((Long) row[0], externshipOf.get((Long) row[1]));
            }
        });
        return new Placements(placed, notStarted);
    }

    /** The funnel of each period: the steps its applications reached, its placements and those completed. */
    private List<PeriodFunnel> periods(ReportRange range, List<Object[]> periodRows, Placements placements) {
        Map<Long, long[]> steps = new HashMap<>(); // submitted, offered, accepted
        inRange(em.createQuery(STEPS, Object[].class), range).getResultStream()
                .forEach(row -> steps.put((Long) row[0], new long[] {count(row[1]), count(row[2]), count(row[3])}));
        List<PeriodFunnel> periods = new ArrayList<>();
        for (Object[] row : periodRows) {
            long period = (Long) row[0];
            long[] reached = steps.getOrDefault(period, new long[3]);
            long[] placed = placements.perPeriod().getOrDefault(period, new long[2]);
            periods.add(new PeriodFunnel(period, (Long) row[1], (String) row[2], (LocalDate) row[3],
                    (LocalDate) row[4], ((Number) row[5]).intValue(), reached[0], reached[1], reached[2],
                    placed[0], placed[1]));
        }
        return List.copyOf(periods);
    }

    private List<EvaluationCompletion> evaluations(String hospital, ReportRange range, Map<Long, String> titles,
                                                   Map<Long, Long> externshipOf, Map<Long, Long> completed) {
        Map<Long, Long> expectedPerExternship = new HashMap<>();
        Map<Long, long[]> perExternship = new HashMap<>(); // evaluated placements, submitted evaluations
        inRange(em.createQuery(ATTENDINGS, Object[].class), range).setParameter("hospital", hospital)
                .getResultStream().forEach(row -> {
                    Long externship = externshipOf.get((Long) row[1]);
                    long attendings = count(row[2]);
                    long submitted = count(row[3]);
                    expectedPerExternship.merge(externship, attendings, Long::sum);
                    long[] sums = perExternship.computeIfAbsent(externship, id -> new long[2]);
                    sums[0] += submitted >= attendings ? 1 : 0;
                    sums[1] += submitted;
                });
        List<EvaluationCompletion> rows = new ArrayList<>();
        titles.forEach((id, title) -> {
            long[] sums = perExternship.getOrDefault(id, new long[2]);
            long done = completed.getOrDefault(id, 0L);
            if (done > 0) {
                rows.add(new EvaluationCompletion(id, title, done, sums[0], expectedPerExternship.getOrDefault(id, 0L),
                        sums[1]));
            }
        });
        return List.copyOf(rows);
    }

    private List<LetterCompletion> letters(String hospital, ReportRange range, LocalDate today,
                                           Map<Long, String> titles, Map<Long, Long> externshipOf) {
        Map<Long, Map<RequestStatus, Long>> statuses = new HashMap<>();
        Map<Long, Long> overdue = new HashMap<>();
        inRange(em.createQuery(LETTERS, Object[].class), range).setParameter("hospital", hospital)
                .setParameter("today", today).getResultStream().forEach(row -> {
                    Long externship = externshipOf.get((Long) row[0]);
                    RequestStatus status = (RequestStatus) row[1];
                    statuses.computeIfAbsent(externship, id -> new EnumMap<>(RequestStatus.class))
                            .merge(status, count(row[2]), Long::sum);
                    if (OPEN.contains(status)) {
                        overdue.merge(externship, count(row[3]), Long::sum);
                    }
                });
        List<LetterCompletion> rows = new ArrayList<>();
        titles.forEach((id, title) -> {
            Map<RequestStatus, Long> s = statuses.get(id);
            if (s != null) {
                long asked = s.values().stream().mapToLong(Long::longValue).sum();
                rows.add(new LetterCompletion(id, title, asked, s.getOrDefault(RequestStatus.REQUESTED, 0L),
                        s.getOrDefault(RequestStatus.ACCEPTED, 0L) + s.getOrDefault(RequestStatus.IN_PROGRESS, 0L),
                        s.getOrDefault(RequestStatus.COMPLETE, 0L) + s.getOrDefault(RequestStatus.DELIVERED, 0L),
                        s.getOrDefault(RequestStatus.DECLINED, 0L), overdue.getOrDefault(id, 0L)));
            }
        });
        return List.copyOf(rows);
    }

    private List<HoursLogged> hours(String hospital, ReportRange range, Map<Long, String> titles,
                                    Map<Long, Long> externshipOf) {
        Map<Long, Object[]> sums = new HashMap<>(); // days, logged hours, confirmed hours
        inRange(em.createQuery(HOURS, Object[].class), range).setParameter("hospital", hospital)
                .getResultStream().forEach(row -> {
                    Object[] s = sums.computeIfAbsent(externshipOf.get((Long) row[0]),
                            id -> new Object[] {0L, BigDecimal.ZERO, BigDecimal.ZERO});
                    BigDecimal hours = hours(row[3]);
                    s[0] = (Long) s[0] + count(row[2]);
                    s[1] = ((BigDecimal) s[1]).add(hours);
                    if (row[1] == AttendanceStatus.CONFIRMED) {
                        s[2] = ((BigDecimal) s[2]).add(hours);
                    }
                });
        List<HoursLogged> rows = new ArrayList<>();
        titles.forEach((id, title) -> {
            Object[] s = sums.get(id);
            if (s != null) {
                rows.add(new HoursLogged(id, title, (Long) s[0], (BigDecimal) s[1], (BigDecimal) s[2]));
            }
        });
        return List.copyOf(rows);
    }

    private static <T> TypedQuery<T> inRange(TypedQuery<T> query, ReportRange range) {
        return query.setParameter("from", range.from()).setParameter("to", range.to());
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal hours(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}

package org.externship.portal.report.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.externship.portal.letters.entity.RequestStatus;
import org.externship.portal.report.boundary.ComplianceStatus;
import org.externship.portal.report.boundary.EvaluationCompletion;
import org.externship.portal.report.boundary.HospitalReport;
import org.externship.portal.report.boundary.HoursLogged;
import org.externship.portal.report.boundary.LetterCompletion;
import org.externship.portal.report.boundary.PeriodFunnel;
import org.externship.portal.report.boundary.ReportRange;
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
import java.util.function.Supplier;

/**
 * Reads the reports of the hospital the transaction has entered, for the rotation periods starting in a range: eight
 * aggregate queries (GROUP BY), whatever the number of periods, applications or placements (no query per row:
 * {@code ReportsIT} counts the statements). The listing's, application's and placement's entities carry EclipseLink's
 * tenant filter; the rotation's and the letters' rows (also the student's) name the hospital in every query, and on
 * PostgreSQL row-level security holds all of them to the hospital as well.
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
    private static final String PLACEMENTS = "select pe.id, count(p), "
            + "sum(case when p.completedAt is not null then 1 else 0 end) from Placement p join p.period pe where"
            + IN_RANGE + " group by pe.id";
    /*
     * The tables below count per period (pe.id) and the externship is looked up from the periods already read:
     * pe.externship.id would join the externship table (and its policies) into each query.
     */
    private static final String ATTENDINGS = "select p.id, pe.id, count(s) from Placement p "
            + "join p.attendings s join p.period pe where p.completedAt is not null and" + IN_RANGE
            + " group by p.id, pe.id";
    private static final String EVALUATIONS = "select p.id, pe.id, count(ev) from Placement p "
            + "join p.attendings s join p.period pe, Evaluation ev where ev.hospitalAlias = :hospital "
            + "and ev.placementId = p.id and ev.attendingStaffId = s.id and p.completedAt is not null and" + IN_RANGE
            + " group by p.id, pe.id";
    private static final String LETTERS = "select pe.id, r.status, count(r) from Placement p "
            + "join p.period pe, LetterRequest r where r.hospitalAlias = :hospital and r.placementId = p.id and"
            + IN_RANGE + " group by pe.id, r.status";
    private static final String OVERDUE = "select pe.id, count(r) from Placement p join p.period pe, "
            + "LetterRequest r where r.hospitalAlias = :hospital and r.placementId = p.id and r.status in :open "
            + "and r.dueDate < :today and" + IN_RANGE + " group by pe.id";
    private static final String HOURS = "select pe.id, d.status, count(d), sum(d.hours) from Placement p "
            + "join p.period pe, AttendanceDay d where d.hospitalAlias = :hospital and d.placementId = p.id and"
            + IN_RANGE + " group by pe.id, d.status";

    private static final Set<RequestStatus> OPEN = Set.of(RequestStatus.REQUESTED, RequestStatus.ACCEPTED,
            RequestStatus.IN_PROGRESS);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * The reports of {@code hospital} (the alias the transaction has entered) for {@code range}, on {@code today};
     * {@code compliance} reads the standings of the range's placements not started (onboarding's rules, its
     * boundary), asked only when the range has periods.
     */
    public HospitalReport read(String hospital, ReportRange range, LocalDate today,
                               Supplier<List<ComplianceStatus>> compliance) {
        List<Object[]> periodRows = inRange(em.createQuery(PERIODS, Object[].class), range).getResultList();
        if (periodRows.isEmpty()) {
            return new HospitalReport(range, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        Map<Long, String> titles = new LinkedHashMap<>();
        Map<Long, Long> externshipOf = new HashMap<>(); // period -> externship
        periodRows.forEach(row -> {
            titles.putIfAbsent((Long) row[1], (String) row[2]);
            externshipOf.put((Long) row[0], (Long) row[1]);
        });
        Map<Long, long[]> steps = new HashMap<>(); // submitted, offered, accepted
        inRange(em.createQuery(STEPS, Object[].class), range).getResultStream()
                .forEach(row -> steps.put((Long) row[0], new long[] {count(row[1]), count(row[2]), count(row[3])}));
        Map<Long, long[]> placed = new HashMap<>();
        inRange(em.createQuery(PLACEMENTS, Object[].class), range).getResultStream()
                .forEach(row -> placed.put((Long) row[0], new long[] {count(row[1]), count(row[2])}));

        List<PeriodFunnel> periods = new ArrayList<>();
        Map<Long, Long> completedPerExternship = new HashMap<>();
        for (Object[] row : periodRows) {
            long period = (Long) row[0];
            long[] reached = steps.getOrDefault(period, new long[3]);
            long[] placements = placed.getOrDefault(period, new long[2]);
            periods.add(new PeriodFunnel(period, (Long) row[1], (String) row[2], (LocalDate) row[3],
                    (LocalDate) row[4], ((Number) row[5]).intValue(), reached[0], reached[1], reached[2],
                    placements[0], placements[1]));
            completedPerExternship.merge((Long) row[1], placements[1], Long::sum);
        }
        return new HospitalReport(range, List.copyOf(periods), compliance.get(),
                evaluations(hospital, range, titles, externshipOf, completedPerExternship),
                letters(hospital, range, today, titles, externshipOf), hours(hospital, range, titles, externshipOf));
    }

    private List<EvaluationCompletion> evaluations(String hospital, ReportRange range, Map<Long, String> titles,
                                                   Map<Long, Long> externshipOf, Map<Long, Long> completed) {
        Map<Long, Long> expected = new HashMap<>(); // per completed placement: its attendings
        Map<Long, Long> expectedPerExternship = new HashMap<>();
        inRange(em.createQuery(ATTENDINGS, Object[].class), range).getResultStream().forEach(row -> {
            expected.put((Long) row[0], count(row[2]));
            expectedPerExternship.merge(externshipOf.get((Long) row[1]), count(row[2]), Long::sum);
        });
        Map<Long, long[]> perExternship = new HashMap<>(); // evaluated placements, submitted evaluations
        inRange(em.createQuery(EVALUATIONS, Object[].class), range).setParameter("hospital", hospital)
                .getResultStream().forEach(row -> {
                    long submitted = count(row[2]);
                    long[] sums = perExternship.computeIfAbsent(externshipOf.get((Long) row[1]), id -> new long[2]);
                    sums[0] += submitted >= expected.getOrDefault((Long) row[0], Long.MAX_VALUE) ? 1 : 0;
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
        inRange(em.createQuery(LETTERS, Object[].class), range).setParameter("hospital", hospital)
                .getResultStream().forEach(row -> statuses.computeIfAbsent(externshipOf.get((Long) row[0]),
                        id -> new EnumMap<>(RequestStatus.class)).merge((RequestStatus) row[1], count(row[2]),
                        Long::sum));
        if (statuses.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> overdue = new HashMap<>();
        inRange(em.createQuery(OVERDUE, Object[].class), range).setParameter("hospital", hospital)
                .setParameter("open", OPEN).setParameter("today", today)
                .getResultStream().forEach(row -> overdue.merge(externshipOf.get((Long) row[0]), count(row[1]),
                        Long::sum));
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

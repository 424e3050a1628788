package org.externship.portal.rotation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.rotation.boundary.PeriodSlot;
import org.externship.portal.rotation.boundary.PlacementSlot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what the calendar shows of a range of days in the hospital the transaction has entered: one query for the
 * periods, one for the placements and one for their attendings, whatever their number (no N+1:
 * {@code RotationIT} counts the statements).
 */
@Dependent
public class CalendarReader {

    private static final String PERIODS = "select new " + PeriodSlot.class.getName() + "(pe.id, e.id, e.title, "
            + "pe.startDate, pe.endDate, pe.seats, pe.seatsHeld) from RotationPeriod pe join pe.externship e "
            + "where pe.startDate <= :to and pe.endDate >= :from";
    private static final String PLACEMENTS = "select p.id, a.id, pe.id, e.id, e.title, a.studentName, "
            + "a.hospitalName, pe.startDate, pe.endDate from Placement p join p.application a join p.period pe "
            + "join pe.externship e where pe.startDate <= :to and pe.endDate >= :from";
    /*
     * The attendings of the placements found, by their ids: three tables to plan instead of the range's five again
     * (PostgreSQL planned that query anew at every call, 1.5 ms; also as one query with the placements, 1.6 ms).
     */
    private static final String ATTENDINGS = "select p.id, s.id, s.fullName from Placement p join p.attendings s "
            + "where p.id in :placements order by s.fullName, s.id";
    private static final String OF_EXTERNSHIP = " and e.id = :externship";
    private static final String SUPERVISED_BY_ID = " and p.id in (select p2.id from Placement p2 "
            + "join p2.attendings s2 where s2.id = :attending)";
    private static final String SUPERVISED_BY_SUBJECT = " and p.id in (select p2.id from Placement p2 "
            + "join p2.attendings s2 where s2.keycloakUserId = :subject)";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Who narrows the placements: everyone, an externship, an attending (by id or, for themselves, by subject). */
    public record Narrowing(Long externshipId, Long attendingId, String attendingSubject) {

        public static final Narrowing NONE = new Narrowing(null, null, null);

        String where() {
            return (externshipId == null ? "" : OF_EXTERNSHIP) + (attendingId == null ? "" : SUPERVISED_BY_ID)
                    + (attendingSubject == null ? "" : SUPERVISED_BY_SUBJECT);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            if (externshipId != null) {
                query.setParameter("externship", externshipId);
            }
            if (attendingId != null) {
                query.setParameter("attending", attendingId);
            }
            if (attendingSubject != null) {
                query.setParameter("subject", attendingSubject);
            }
            return query;
        }
    }

    /** The periods between {@code from} and {@code to} (days included), of one externship or of all. */
    public List<PeriodSlot> periods(LocalDate from, LocalDate to, Long externshipId) {
        String where = externshipId == null ? "" : OF_EXTERNSHIP;
        return new Narrowing(externshipId, null, null).bind(em.createQuery(PERIODS + where
                        + " order by pe.startDate, e.title, pe.id", PeriodSlot.class))
                .setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /** The placements that have a day between {@code from} and {@code to}; movable if they start after {@code today}. */
    public List<PlacementSlot> placements(LocalDate from, LocalDate to, Narrowing narrowing, LocalDate today) {
        List<Object[]> rows = narrowing.bind(em.createQuery(PLACEMENTS + narrowing.where()
                        + " order by pe.startDate, a.studentName, p.id", Object[].class))
                .setParameter("from", from).setParameter("to", to)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PlacementDto.Supervisor>> attendings = new HashMap<>();
        em.createQuery(ATTENDINGS, Object[].class)
                .setParameter("placements", rows.stream().map(row -> (Long) row[0]).toList())
                .getResultStream()
                .forEach(row -> attendings.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new PlacementDto.Supervisor((Long) row[1], (String) row[2])));
        List<PlacementSlot> slots = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = (Long) row[0];
            LocalDate start = (LocalDate) row[7];
            slots.add(new PlacementSlot(id, (Long) row[1], (Long) row[2], (Long) row[3], (String) row[4],
                    (String) row[5], (String) row[6], start, (LocalDate) row[8],
                    attendings.getOrDefault(id, List.of()), start.isAfter(today)));
        }
        return List.copyOf(slots);
    }

    /** The externship of placement {@code placementId}, if it is this hospital's. */
    public Optional<Long> externshipOf(long placementId) {
        return em.createQuery("select pe.externship.id from Placement p join p.period pe where p.id = :id",
                        Long.class)
                .setParameter("id", placementId)
                .getResultStream().findFirst();
    }

    /** The periods of externship {@code externshipId} that start after {@code today}: where a placement may go. */
    public List<PeriodSlot> periodsAhead(long externshipId, LocalDate today) {
        return em.createQuery("select new " + PeriodSlot.class.getName() + "(pe.id, e.id, e.title, pe.startDate, "
                        + "pe.endDate, pe.seats, pe.seatsHeld) from RotationPeriod pe join pe.externship e "
                        + "where e.id = :externship and pe.startDate > :today order by pe.startDate, pe.id",
                        PeriodSlot.class)
                .setParameter("externship", externshipId)
                .setParameter("today", today)
                .getResultList();
    }

    /** The period of externship {@code externshipId} that holds {@code day}, if any. */
    public Optional<Long> periodOn(long externshipId, LocalDate day) {
        return em.createQuery("select pe.id from RotationPeriod pe where pe.externship.id = :externship "
                        + "and pe.startDate <= :day and pe.endDate >= :day order by pe.startDate", Long.class)
                .setParameter("externship", externshipId)
                .setParameter("day", day)
                .getResultStream().findFirst();
    }
}

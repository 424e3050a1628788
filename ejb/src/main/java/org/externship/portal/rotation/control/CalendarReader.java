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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what the calendar shows of a range of days in the hospital the transaction has entered: one query for the
 * periods and one for the placements with their attendings, whatever their number (no N+1:
 * {@code RotationIT} counts the statements).
 */
@Dependent
public class CalendarReader {

    private static final String PERIODS = "select new " + PeriodSlot.class.getName() + "(pe.id, e.id, e.title, "
            + "pe.startDate, pe.endDate, pe.seats, pe.seatsHeld) from RotationPeriod pe join pe.externship e "
            + "where pe.startDate <= :to and pe.endDate >= :from";
    /** A row per placement and attending (one with no attending for a placement that has none). */
    private static final String PLACEMENTS = "select p.id, a.id, pe.id, e.id, e.title, a.studentName, "
            + "a.hospitalName, pe.startDate, pe.endDate, s.id, s.fullName from Placement p join p.application a "
            + "join p.period pe join pe.externship e left join p.attendings s "
            + "where pe.startDate <= :to and pe.endDate >= :from";
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

    /**
     * The placements that have a day between {@code from} and {@code to}, with their attendings (one query);
     * movable if they start after {@code today}.
     */
    public List<PlacementSlot> placements(LocalDate from, LocalDate to, Narrowing narrowing, LocalDate today) {
        List<Object[]> rows = narrowing.bind(em.createQuery(PLACEMENTS + narrowing.where()
                        + " order by pe.startDate, a.studentName, p.id, s.fullName, s.id", Object[].class))
                .setParameter("from", from).setParameter("to", to)
                .getResultList();
        Map<Long, Object[]> placements = new LinkedHashMap<>();
        Map<Long, List<PlacementDto.Supervisor>> attendings = new HashMap<>();
        for (Object[] row : rows) {
            Long id = (Long) row[0];
            placements.putIfAbsent(id, row);
            List<PlacementDto.Supervisor> supervisors = attendings.computeIfAbsent(id, key -> new ArrayList<>());
            if (row[9] != null) {
                supervisors.add(new PlacementDto.Supervisor((Long) row[9], (String) row[10]));
            }
        }
        List<PlacementSlot> slots = new ArrayList<>(placements.size());
        placements.forEach((id, row) -> {
            LocalDate start = (LocalDate) row[7];
            slots.add(new PlacementSlot(id, (Long) row[1], (Long) row[2], (Long) row[3], (String) row[4],
                    (String) row[5], (String) row[6], start, (LocalDate) row[8], attendings.get(id),
                    start.isAfter(today)));
        });
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

package org.externship.portal.placement.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.externship.portal.placement.boundary.PlacementOfMine;
import org.externship.portal.placement.entity.PlacementProgress;
import org.externship.portal.placement.entity.StudentPlacement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A student's placements in every hospital, in one query, before their boundary enters any hospital (always filtered
 * by their own subject; on PostgreSQL, row-level security's {@code placement_student} policy lets the student read
 * the placements of their own applications). Like the application's {@code StudentReadPath}, it reads through a
 * persistence context of its own, so the transaction's context stays untouched until it has entered a hospital.
 */
@Dependent
public class StudentPlacementReadPath {

    @PersistenceUnit(unitName = "portal")
    EntityManagerFactory emf;

    /** {@code student}'s placements (of accepted applications), by first day. */
    public List<PlacementOfMine> placementsOf(String student) {
        try (EntityManager em = emf.createEntityManager()) {
            return em.createNamedQuery(StudentPlacement.MINE, Object[].class)
                    .setParameter("student", student)
                    .getResultStream()
                    .map(r -> new PlacementOfMine((Long) r[0], (Long) r[1], (String) r[2], (String) r[3],
                            (Long) r[4], (String) r[5], (LocalDate) r[6], (LocalDate) r[7],
                            PlacementProgress.of((Instant) r[8], (Instant) r[9])))
                    .toList();
        }
    }
}

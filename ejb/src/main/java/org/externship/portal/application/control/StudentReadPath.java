package org.externship.portal.application.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.externship.portal.application.entity.OpenRotation;
import org.externship.portal.application.entity.StudentApplication;
import org.externship.portal.tenant.entity.Hospital;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a student may read across hospitals, before their boundary enters one: their own applications (always
 * filtered by their own subject) and the rotation periods open for applications. It reads through a persistence
 * context of its own, so the transaction's context stays untouched until it has entered the right hospital.
 */
@Dependent
public class StudentReadPath {

    @PersistenceUnit(unitName = "portal")
    EntityManagerFactory emf;

    public List<StudentApplication> applicationsOf(String student) {
        return read(em -> em.createNamedQuery(StudentApplication.MINE, StudentApplication.class)
                .setParameter("student", student)
                .getResultList());
    }

    /** The hospital of application {@code id}, if it is {@code student}'s. */
    public Optional<String> hospitalOf(long id, String student) {
        return read(em -> em.createNamedQuery(StudentApplication.HOSPITAL_OF, String.class)
                .setParameter("id", id)
                .setParameter("student", student)
                .getResultStream()
                .findFirst());
    }

    /** {@code student}'s application to externship {@code externshipId}, if any. */
    public Optional<StudentApplication> applicationFor(long externshipId, String student) {
        return read(em -> em.createNamedQuery(StudentApplication.FOR_EXTERNSHIP, StudentApplication.class)
                .setParameter("externship", externshipId)
                .setParameter("student", student)
                .getResultStream()
                .findFirst());
    }

    /** Rotation period {@code id}, if its externship is published and its deadline has not passed. */
    public Optional<OpenRotation> openRotation(long id) {
        return read(em -> em.createNamedQuery(OpenRotation.OPEN, OpenRotation.class)
                .setParameter("period", id)
                .setParameter("today", LocalDate.now())
                .getResultStream()
                .findFirst());
    }

    public String hospitalName(String alias) {
        return read(em -> em.createNamedQuery(Hospital.BY_ALIAS, Hospital.class)
                .setParameter("alias", alias)
                .getSingleResult()
                .name());
    }

    private <T> T read(Function<EntityManager, T> query) {
        try (EntityManager em = emf.createEntityManager()) {
            return query.apply(em);
        }
    }
}

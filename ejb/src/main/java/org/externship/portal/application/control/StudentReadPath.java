package org.externship.portal.application.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.externship.portal.application.entity.StudentApplication;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a student may read across hospitals, before their boundary enters one: their own applications (always
 * filtered by their own subject). (Which periods are open for applications is the listing's to say.) It reads through a persistence
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

    private <T> T read(Function<EntityManager, T> query) {
        try (EntityManager em = emf.createEntityManager()) {
            return query.apply(em);
        }
    }
}

package org.externship.portal.passport;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.passport.entity.PassportDocument;

import java.util.List;

/** Reads passport rows behind the boundary's back, for assertions on what was (not) written. */
@Stateless
public class PassportRows {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public long profilesOf(String subject) {
        return em.createQuery("select count(p) from ClinicalPassport p where p.studentSubject = :s", Long.class)
                .setParameter("s", subject).getSingleResult();
    }

    public List<String> storageKeysOf(String subject) {
        return em.createNamedQuery(PassportDocument.OF_STUDENT, PassportDocument.class)
                .setParameter("subject", subject).getResultList().stream()
                .map(PassportDocument::storageKey)
                .toList();
    }

    public String storageKeyOf(long documentId) {
        return em.find(PassportDocument.class, documentId).storageKey();
    }

}

package org.externship.portal.passport.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.passport.boundary.DocumentDto;
import org.externship.portal.passport.boundary.UploadRefusedException;
import org.externship.portal.passport.entity.ClinicalPassport;
import org.externship.portal.passport.entity.DocumentKind;
import org.externship.portal.passport.entity.PassportDocument;
import org.externship.portal.passport.entity.PassportProfile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Changes a student's passport inside the calling boundary's transaction. The subject is the caller's business:
 * the passport boundary passes the signed-in student's own, never one from a request.
 */
@ApplicationScoped
public class PassportWriter {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PassportReader reader;

    @Inject
    UploadInspector inspector;

    @Inject
    DocumentStore store;

    public void save(String studentSubject, PassportProfile profile, Instant now) {
        reader.profileOf(studentSubject).ifPresentOrElse(passport -> passport.describe(profile, now),
                () -> em.persist(new ClinicalPassport(studentSubject, profile, now)));
        em.flush();
    }

    /**
     * Checks the upload by its content, stores the file and its metadata; replaces the student's current file of
     * that kind (whose bytes are deleted after the commit). A refused upload stores nothing.
     */
    public DocumentDto upload(String studentSubject, DocumentKind kind, LocalDate expiresOn, String fileName,
                              byte[] content, LocalDate today, Instant now) {
        LocalDate validUntil = null;
        if (kind.expires()) {
            if (expiresOn == null) {
                throw new UploadRefusedException("passport.upload.expiryMissing");
            }
            if (expiresOn.isBefore(today)) {
                throw new UploadRefusedException("passport.upload.expiryPast", expiresOn);
            }
            validUntil = expiresOn;
        }
        InspectedContent inspected = inspector.inspect(content);
        String key = store.write(content);
        PassportDocument document = em.createNamedQuery(PassportDocument.OF_STUDENT_AND_KIND, PassportDocument.class)
                .setParameter("subject", studentSubject)
                .setParameter("kind", kind)
                .getResultStream()
                .findFirst()
                .orElse(null);
        boolean fresh = document == null;
        if (fresh) {
            document = new PassportDocument(studentSubject, kind);
        }
        String replaced = document.replaceWith(key, FileNames.sanitize(fileName), inspected.contentType(),
                inspected.sizeBytes(), inspected.sha256(), validUntil, now);
        if (fresh) {
            em.persist(document);
        }
        em.flush();
        if (replaced != null) {
            store.deleteAfterCommit(replaced);
        }
        return DocumentDto.of(document);
    }

    /** Removes one of the student's documents (row now, file after the commit). */
    public void remove(String studentSubject, long documentId) {
        PassportDocument document = reader.documentOf(studentSubject, documentId);
        em.remove(document);
        em.flush();
        store.deleteAfterCommit(document.storageKey());
    }
}

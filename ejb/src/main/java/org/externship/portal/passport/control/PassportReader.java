package org.externship.portal.passport.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.passport.boundary.DocumentDto;
import org.externship.portal.passport.boundary.PassportDto;
import org.externship.portal.passport.boundary.StoredDocument;
import org.externship.portal.passport.entity.ClinicalPassport;
import org.externship.portal.passport.entity.DocumentKind;
import org.externship.portal.passport.entity.PassportDocument;
import org.externship.portal.passport.entity.PassportProfile;
import org.externship.portal.qualification.entity.DocumentType;
import org.externship.portal.qualification.entity.Qualifications;
import org.externship.portal.shared.boundary.NotFoundException;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a given student's passport, for the passport's own boundary (the signed-in student) and for other features'
 * boundaries, such as the coordinator's view of an applicant. It does no authorization of its own: the calling
 * boundary decides whose passport its caller may see (a student only their own; a coordinator only the applicants of
 * their hospital). Not {@code @Named} and not a boundary, so pages cannot reach it.
 */
@ApplicationScoped
public class PassportReader {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    DocumentStore store;

    /** The student's passport: the profile (null if never saved) and the current documents. */
    public PassportDto passportOf(String studentSubject) {
        Optional<ClinicalPassport> passport = profileOf(studentSubject);
        return new PassportDto(studentSubject, passport.map(ClinicalPassport::profile).orElse(null),
                passport.map(ClinicalPassport::updatedAt).orElse(null),
                documentsOf(studentSubject).stream().map(DocumentDto::of).toList());
    }

    /**
     * The student's document {@code documentId} with its bytes.
     *
     * @throws NotFoundException if the student has no document of that id (someone else's counts as none)
     */
    public StoredDocument openDocument(String studentSubject, long documentId) {
        PassportDocument document = documentOf(studentSubject, documentId);
        return new StoredDocument(DocumentDto.of(document), store.read(document.storageKey()));
    }

    /** The student's CV, the newest if they uploaded several. */
    public Optional<DocumentDto> currentCv(String studentSubject) {
        return documentsOf(studentSubject).stream().filter(d -> d.kind() == DocumentKind.CV)
                .max(Comparator.comparing(PassportDocument::uploadedAt)).map(DocumentDto::of);
    }

    /** What the passport says for eligibility; empty while the student has saved no profile. */
    public Optional<Qualifications> qualificationsOf(String studentSubject) {
        return profileOf(studentSubject).map(passport -> qualifications(passport.profile(),
                documentsOf(studentSubject).stream().map(DocumentDto::of).toList()));
    }

    /** Maps a profile and its documents to the listing's terms; each document maps to the last day it is valid. */
    public static Qualifications qualifications(PassportProfile profile, List<DocumentDto> documents) {
        Map<DocumentType, LocalDate> validUntil = new EnumMap<>(DocumentType.class);
        for (DocumentDto document : documents) {
            document.kind().requirement().ifPresent(type -> {
                if (document.expiresOn() != null) {
                    validUntil.put(type, document.expiresOn());
                }
            });
        }
        return new Qualifications(profile.graduationYear(), profile.finalYearStudent(), profile.step1(),
                profile.step2ck(), profile.step2ckScore(), profile.step3(), profile.ecfmg(), profile.visa(),
                validUntil);
    }

    Optional<ClinicalPassport> profileOf(String studentSubject) {
        return em.createNamedQuery(ClinicalPassport.OF_STUDENT, ClinicalPassport.class)
                .setParameter("subject", requireSubject(studentSubject))
                .getResultStream()
                .findFirst();
    }

    List<PassportDocument> documentsOf(String studentSubject) {
        return em.createNamedQuery(PassportDocument.OF_STUDENT, PassportDocument.class)
                .setParameter("subject", requireSubject(studentSubject))
                .getResultList();
    }

    PassportDocument documentOf(String studentSubject, long documentId) {
        PassportDocument document = em.find(PassportDocument.class, documentId);
        if (document == null || !document.studentSubject().equals(requireSubject(studentSubject))) {
            throw new NotFoundException("document", documentId);
        }
        return document;
    }

    private static String requireSubject(String studentSubject) {
        if (studentSubject == null || studentSubject.isBlank()) {
            throw new IllegalArgumentException("a student's subject is required");
        }
        return studentSubject;
    }
}

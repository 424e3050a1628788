package org.externship.portal.passport.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.passport.control.PassportReader;
import org.externship.portal.passport.control.PassportWriter;
import org.externship.portal.passport.entity.DocumentKind;
import org.externship.portal.passport.entity.PassportProfile;
import org.externship.portal.qualification.entity.Qualifications;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.entity.StoredTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The signed-in student's own clinical passport: profile, documents, downloads. Every method works on the caller's
 * passport only, taken from {@link CurrentUser}, never from a parameter; a document id of another student is not
 * found. Hosts read applicants' passports through {@code PassportReader}, behind their own boundary's checks.
 */
@Stateless
@ReportsInvalidInput
public class Passports {

    @Inject
    CurrentUser currentUser;

    @Inject
    PassportReader reader;

    @Inject
    PassportWriter writer;

    @RolesAllowed(Roles.STUDENT)
    public PassportDto mine() {
        return reader.passportOf(currentUser.subject());
    }

    @RolesAllowed(Roles.STUDENT)
    public PassportDto save(@NotNull @Valid PassportProfile profile) {
        writer.save(currentUser.subject(), profile, StoredTime.now());
        return mine();
    }

    /**
     * Stores a document of the student's passport, replacing their current one of that kind.
     *
     * @param expiresOn the last day the document is valid: required (today or later) for every kind but the CV
     * @param fileName  the name the browser sent, kept (sanitised) for display only
     * @param content   the file; accepted only if it really is a PDF, PNG or JPEG within the size limit
     * @throws UploadRefusedException naming why the upload is refused; nothing is stored then
     */
    @RolesAllowed(Roles.STUDENT)
    public DocumentDto upload(@NotNull DocumentKind kind, LocalDate expiresOn, String fileName,
                              @NotNull byte[] content) {
        return writer.upload(currentUser.subject(), kind, expiresOn, fileName, content, LocalDate.now(), StoredTime.now());
    }

    /** One of the student's own documents with its bytes; another student's is {@link NotFoundException}. */
    @RolesAllowed(Roles.STUDENT)
    public StoredDocument download(long documentId) {
        return reader.openDocument(currentUser.subject(), documentId);
    }

    @RolesAllowed(Roles.STUDENT)
    public void remove(long documentId) {
        writer.remove(currentUser.subject(), documentId);
    }


    /** The signed-in student's qualifications for eligibility; empty until they saved a profile. */
    @RolesAllowed(Roles.STUDENT)
    public Optional<Qualifications> myQualifications() {
        return reader.qualificationsOf(currentUser.subject());
    }
}

package org.externship.portal.passport.boundary;

import org.externship.portal.passport.entity.DocumentKind;
import org.externship.portal.passport.entity.PassportProfile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A student's whole clinical passport: the profile (null while the student has not saved one) and the current
 * file of each kind they uploaded.
 */
public record PassportDto(String studentSubject, PassportProfile profile, Instant profileUpdatedAt,
                          List<DocumentDto> documents) {

    public PassportDto {
        documents = List.copyOf(documents);
    }

    public boolean hasProfile() {
        return profile != null;
    }

    public Optional<DocumentDto> document(DocumentKind kind) {
        return documents.stream().filter(d -> d.kind() == kind).findFirst();
    }
}

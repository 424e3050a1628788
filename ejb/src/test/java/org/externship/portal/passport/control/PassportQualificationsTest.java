package org.externship.portal.passport.control;

import org.externship.portal.passport.boundary.DocumentDto;
import org.externship.portal.passport.entity.DocumentKind;
import org.externship.portal.passport.entity.PassportProfile;
import org.externship.portal.qualification.entity.DocumentType;
import org.externship.portal.qualification.entity.EcfmgStatus;
import org.externship.portal.qualification.entity.ExamResult;
import org.externship.portal.qualification.entity.Qualifications;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The passport maps onto the listing's qualifications; every requirement document has a passport kind. */
class PassportQualificationsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void profileAndDocumentsMapToQualificationsWithTheLastValidDay() {
        PassportProfile profile = new PassportProfile("Universidad Central", "Venezuela", 2024, false,
                ExamResult.PASSED, ExamResult.PASSED, 245, ExamResult.NOT_TAKEN, EcfmgStatus.CERTIFIED,
                VisaStatus.B1, Set.of(Specialty.INTERNAL_MEDICINE));
        List<DocumentDto> documents = List.of(
                document(DocumentKind.BLS, TODAY.plusYears(1)),
                document(DocumentKind.IMMUNIZATIONS, TODAY.plusMonths(6)),
                document(DocumentKind.CV, null));

        Qualifications q = PassportReader.qualifications(profile, documents);

        assertEquals(new Qualifications(2024, false, ExamResult.PASSED, ExamResult.PASSED, 245, ExamResult.NOT_TAKEN,
                EcfmgStatus.CERTIFIED, VisaStatus.B1, Map.of(DocumentType.BLS, TODAY.plusYears(1),
                DocumentType.IMMUNIZATIONS, TODAY.plusMonths(6))), q);
    }

    @Test
    void everyRequirementDocumentHasAKind() {
        Arrays.stream(DocumentType.values()).forEach(type ->
                assertEquals(type, DocumentKind.of(type).requirement().orElseThrow()));
    }

    @Test
    void documentsWarnThirtyDaysAhead() {
        assertEquals(DocumentDto.ExpiryStatus.EXPIRED, document(DocumentKind.BLS, TODAY.minusDays(1))
                .expiryStatus(TODAY));
        assertEquals(DocumentDto.ExpiryStatus.EXPIRES_SOON, document(DocumentKind.BLS, TODAY).expiryStatus(TODAY));
        assertEquals(DocumentDto.ExpiryStatus.EXPIRES_SOON, document(DocumentKind.BLS, TODAY.plusDays(30))
                .expiryStatus(TODAY));
        assertEquals(DocumentDto.ExpiryStatus.VALID, document(DocumentKind.BLS, TODAY.plusDays(31))
                .expiryStatus(TODAY));
        assertEquals(DocumentDto.ExpiryStatus.NO_EXPIRY, document(DocumentKind.CV, null).expiryStatus(TODAY));
    }

    private static DocumentDto document(DocumentKind kind, LocalDate expiresOn) {
        return new DocumentDto(1, kind, "file.pdf", "application/pdf", 100, "0".repeat(64), expiresOn,
                Instant.parse("2026-11-01T10:00:00Z"));
    }
}

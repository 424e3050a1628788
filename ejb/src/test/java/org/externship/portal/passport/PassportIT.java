package org.externship.portal.passport;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.passport.boundary.DocumentDto;
import org.externship.portal.passport.boundary.PassportDto;
import org.externship.portal.passport.boundary.Passports;
import org.externship.portal.passport.boundary.StoredDocument;
import org.externship.portal.passport.boundary.UploadRefusedException;
import org.externship.portal.passport.control.PassportReader;
import org.externship.portal.passport.control.SampleFiles;
import org.externship.portal.passport.entity.DocumentKind;
import org.externship.portal.passport.entity.PassportProfile;
import org.externship.portal.qualification.entity.DocumentType;
import org.externship.portal.qualification.entity.EcfmgStatus;
import org.externship.portal.qualification.entity.ExamResult;
import org.externship.portal.qualification.entity.Qualifications;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.testing.AsAttending;
import org.externship.portal.testing.AsCoordinator;
import org.externship.portal.testing.AsStudent;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.Year;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A student keeps one clinical passport: the profile is saved and read back, bad input names its fields and writes
 * nothing, uploads are kept outside the web root only when they really are PDFs or images, and nobody reaches
 * another student's passport or documents through the student's boundary.
 */
@ExtendWith(ArquillianExtension.class)
class PassportIT {

    private static final LocalDate NEXT_YEAR = LocalDate.now().plusYears(1);

    @Inject
    CurrentUser currentUser;

    @Inject
    Passports passports;

    @Inject
    PassportReader reader;

    @Inject
    PassportRows rows;

    @Inject
    AsStudent asStudent;

    @Inject
    AsCoordinator asCoordinator;

    @Inject
    AsAttending asAttending;

    @Inject
    ServletContext servletContext;

    @Inject
    @ConfigProperty(name = "portal.data.dir")
    String dataDir;

    static PassportProfile profile() {
        return new PassportProfile("Ross University School of Medicine", "Barbados", Year.now().getValue() - 1,
                false, ExamResult.PASSED, ExamResult.PASSED, 241, ExamResult.NOT_TAKEN, EcfmgStatus.CERTIFIED,
                VisaStatus.B1, Set.of(Specialty.INTERNAL_MEDICINE, Specialty.CARDIOLOGY));
    }

    @Test
    void aStudentSavesTheProfileAndReadsItBack() throws Exception {
        String student = signInStudent();
        assertFalse(asStudent.call(passports::mine).hasProfile(), "a new student has no profile yet");

        PassportDto saved = asStudent.call(() -> passports.save(profile()));
        assertEquals(profile(), saved.profile());

        PassportProfile finalYear = new PassportProfile(" St. George's University ", "Grenada",
                Year.now().getValue() + 1, true, ExamResult.PASSED, ExamResult.NOT_TAKEN, null,
                ExamResult.NOT_TAKEN, EcfmgStatus.IN_PROGRESS, VisaStatus.US_CITIZEN, Set.of());
        asStudent.call(() -> passports.save(finalYear));

        PassportDto read = asStudent.call(passports::mine);
        assertEquals("St. George's University", read.profile().medicalSchool());
        assertTrue(read.profile().finalYearStudent());
        assertNull(read.profile().step2ckScore());
        assertEquals(Set.of(), read.profile().specialties());
        assertEquals(student, read.studentSubject());
        assertEquals(1, rows.profilesOf(student), "saving again updates the one passport");
    }

    @Test
    void invalidProfileInputNamesEachFieldAndWritesNothing() throws Exception {
        String student = signInStudent();
        PassportProfile bad = new PassportProfile(" ", "Barbados", 1890, false, ExamResult.PASSED,
                ExamResult.NOT_TAKEN, 400, ExamResult.NOT_TAKEN, EcfmgStatus.CERTIFIED, null,
                Set.of(Specialty.values()));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> asStudent.call(() -> passports.save(bad)));

        Set<String> fields = refused.violations().stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
        assertEquals(Set.of("save.profile.medicalSchool", "save.profile.graduationYear", "save.profile.step2ckScore",
                "save.profile.step2ckScoreFitsResult", "save.profile.visa", "save.profile.specialties"), fields);
        assertEquals(0, rows.profilesOf(student));
        assertFalse(asStudent.call(passports::mine).hasProfile());
    }

    @Test
    void aRealPdfIsStoredInTheDataFolderOutsideTheWebRootWithItsMetadata() throws Exception {
        signInStudent();
        byte[] pdf = SampleFiles.pdf("BLS provider card, valid two years");

        DocumentDto bls = asStudent.call(() -> passports.upload(DocumentKind.BLS, NEXT_YEAR,
                "C:\\Users\\sam\\BLS card.pdf", pdf));

        assertEquals(DocumentKind.BLS, bls.kind());
        assertEquals("BLS card.pdf", bls.fileName());
        assertEquals("application/pdf", bls.contentType());
        assertEquals(pdf.length, bls.sizeBytes());
        assertEquals(sha256(pdf), bls.sha256());
        assertEquals(NEXT_YEAR, bls.expiresOn());
        assertTrue(bls.uploadedAt() != null);

        Path file = fileOf(bls.id());
        assertArrayEquals(pdf, Files.readAllBytes(file));
        assertTrue(file.startsWith(Path.of(dataDir).toAbsolutePath().normalize().resolve("documents")), file.toString());
        String webRoot = servletContext.getRealPath("/");
        assertTrue(webRoot == null || !file.startsWith(Path.of(webRoot).toAbsolutePath().normalize()),
                file + " is inside the web root " + webRoot);

        StoredDocument download = asStudent.call(() -> passports.download(bls.id()));
        assertArrayEquals(pdf, download.content());
        assertEquals("BLS card.pdf", download.downloadName());
        assertEquals(List.of(bls), asStudent.call(passports::mine).documents());
    }

    @Test
    void aNewFileOfAKindReplacesTheOldOneAndItsBytes() throws Exception {
        signInStudent();
        DocumentDto first = asStudent.call(() -> passports.upload(DocumentKind.IMMUNIZATIONS, NEXT_YEAR,
                "immunisations.pdf", SampleFiles.pdf("2025 record")));
        Path oldFile = fileOf(first.id());
        byte[] png = SampleFiles.png();

        DocumentDto second = asStudent.call(() -> passports.upload(DocumentKind.IMMUNIZATIONS,
                NEXT_YEAR.plusMonths(6), "scan.png", png));

        assertEquals(first.id(), second.id(), "one current document per kind");
        assertEquals("image/png", second.contentType());
        assertFalse(Files.exists(oldFile), "the replaced file is deleted after the commit");
        assertArrayEquals(png, Files.readAllBytes(fileOf(second.id())));
        assertEquals(1, asStudent.call(passports::mine).documents().size());
    }

    @Test
    void anInvalidUploadStoresNothingAndSaysWhy() throws Exception {
        String student = signInStudent();
        long filesBefore = filesInStore();

        assertRefused("passport.upload.unknownType", () -> passports.upload(DocumentKind.GOOD_STANDING, NEXT_YEAR,
                "letter.pdf", SampleFiles.textNamedPdf()));
        assertRefused("passport.upload.brokenPdf", () -> passports.upload(DocumentKind.GOOD_STANDING, NEXT_YEAR,
                "letter.pdf", SampleFiles.truncatedPdf()));
        assertRefused("passport.upload.expiryMissing", () -> passports.upload(DocumentKind.BLS, null,
                "bls.pdf", SampleFiles.pdf("BLS")));
        assertRefused("passport.upload.expiryPast", () -> passports.upload(DocumentKind.BLS,
                LocalDate.now().minusDays(1), "bls.pdf", SampleFiles.pdf("BLS")));
        assertRefused("passport.upload.tooLarge", () -> passports.upload(DocumentKind.CV, null, "cv.pdf",
                new byte[5 * 1024 * 1024 + 1]));

        assertEquals(List.of(), rows.storageKeysOf(student));
        assertEquals(List.of(), asStudent.call(passports::mine).documents());
        assertEquals(filesBefore, filesInStore(), "no orphan file");

        DocumentDto kept = asStudent.call(() -> passports.upload(DocumentKind.CV, null, "cv.pdf",
                SampleFiles.pdf("CV")));
        assertRefused("passport.upload.brokenImage", () -> passports.upload(DocumentKind.CV, null, "cv.png",
                java.util.Arrays.copyOf(SampleFiles.png(), 30)));
        assertEquals(List.of(kept), asStudent.call(passports::mine).documents(), "a refused replacement keeps the old");
        assertTrue(Files.exists(fileOf(kept.id())));
    }

    @Test
    void oneStudentCannotReachAnothersPassportOrDocuments() throws Exception {
        String ada = signInStudent();
        asStudent.call(() -> passports.save(profile()));
        DocumentDto adasCv = asStudent.call(() -> passports.upload(DocumentKind.CV, null, "ada.pdf",
                SampleFiles.pdf("Ada's CV")));

        signInStudent();
        assertFalse(asStudent.call(passports::mine).hasProfile());
        assertEquals(List.of(), asStudent.call(passports::mine).documents());
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> passports.download(adasCv.id())));
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> {
            passports.remove(adasCv.id());
            return null;
        }));
        assertEquals(Optional.empty(), asStudent.call(passports::myQualifications));

        assertEquals(List.of(adasCv), reader.passportOf(ada).documents(), "Ada's document is untouched");
        assertTrue(Files.exists(fileOf(adasCv.id())));
        assertThrows(NotFoundException.class, () -> reader.openDocument(UUID.randomUUID().toString(), adasCv.id()));
        assertEquals("ada.pdf", reader.openDocument(ada, adasCv.id()).document().fileName());
    }

    @Test
    void staffAreRefusedByTheStudentsBoundary() throws Exception {
        signInStudent();

        assertThrows(EJBAccessException.class, () -> asCoordinator.call(passports::mine));
        assertThrows(EJBAccessException.class, () -> asCoordinator.call(() -> passports.download(1L)));
        assertThrows(EJBAccessException.class, () -> asAttending.call(() -> passports.save(profile())));
        assertThrows(EJBAccessException.class, () -> asAttending.call(() -> passports.upload(DocumentKind.CV,
                null, "cv.pdf", SampleFiles.pdf("CV"))));
        assertThrows(EJBAccessException.class, () -> asCoordinator.call(passports::myQualifications));
    }

    @Test
    void myQualificationsMapsTheProfileAndTheLastValidDayOfEachDocument() throws Exception {
        signInStudent();
        assertEquals(Optional.empty(), asStudent.call(passports::myQualifications), "no profile yet");

        asStudent.call(() -> passports.save(profile()));
        asStudent.call(() -> passports.upload(DocumentKind.BLS, NEXT_YEAR, "bls.pdf", SampleFiles.pdf("BLS")));
        asStudent.call(() -> passports.upload(DocumentKind.MALPRACTICE, NEXT_YEAR.plusMonths(2), "m.jpg",
                SampleFiles.jpeg()));
        asStudent.call(() -> passports.upload(DocumentKind.CV, null, "cv.pdf", SampleFiles.pdf("CV")));

        Qualifications q = asStudent.call(passports::myQualifications).orElseThrow();

        assertEquals(new Qualifications(Year.now().getValue() - 1, false, ExamResult.PASSED, ExamResult.PASSED, 241,
                ExamResult.NOT_TAKEN, EcfmgStatus.CERTIFIED, VisaStatus.B1,
                Map.of(DocumentType.BLS, NEXT_YEAR, DocumentType.MALPRACTICE, NEXT_YEAR.plusMonths(2))), q);
    }

    private String signInStudent() {
        String subject = UUID.randomUUID().toString();
        currentUser.signedIn(subject, "Student " + subject.substring(0, 8), subject.substring(0, 8) + "@example.org");
        return subject;
    }

    private void assertRefused(String key, java.util.concurrent.Callable<?> upload) {
        UploadRefusedException refused = assertThrows(UploadRefusedException.class, () -> asStudent.call(upload));
        assertEquals(key, refused.messageKey());
    }

    private Path fileOf(long documentId) {
        return Path.of(dataDir).toAbsolutePath().normalize().resolve("documents")
                .resolve(rows.storageKeyOf(documentId));
    }

    private long filesInStore() throws Exception {
        Path folder = Path.of(dataDir).toAbsolutePath().normalize().resolve("documents");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}

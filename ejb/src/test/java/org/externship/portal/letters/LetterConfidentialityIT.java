package org.externship.portal.letters;

import jakarta.inject.Inject;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.externship.portal.letters.boundary.LetterAccessDto;
import org.externship.portal.letters.boundary.LetterAudit;
import org.externship.portal.letters.boundary.LetterFileDto;
import org.externship.portal.letters.boundary.LetterRequestDto;
import org.externship.portal.letters.boundary.LetterRequests;
import org.externship.portal.letters.boundary.LetterWriting;
import org.externship.portal.letters.control.LetterSamples;
import org.externship.portal.letters.entity.RequestStatus;
import org.externship.portal.passport.boundary.UploadRefusedException;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.testing.AsAttending;
import org.externship.portal.testing.AsCoordinator;
import org.externship.portal.testing.AsStudent;
import org.externship.portal.testing.LetterAsking;
import org.externship.portal.testing.PlacedStudents;
import org.externship.portal.testing.PlacedStudents.Placed;
import org.externship.portal.testing.StaffedHospital;
import org.externship.portal.testing.TestData;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, a letter's confidentiality: the attending uploads versions (a file that breaks a letter's rule is refused
 * with its reason and nothing is kept), reads them back and marks the letter complete; the student who waived the
 * right to read it sees its status and never its content, whichever id they try (their own, another student's, one
 * that does not exist), while a student who did not waive reads their complete letter; another attending or another
 * hospital's reaches nothing; every read and every refused attempt is on the trail the coordinator reviews.
 * H2 and PostgreSQL (where row-level security holds the same rules: RowLevelSecurityPostgreSqlIT).
 */
@ExtendWith(ArquillianExtension.class)
class LetterConfidentialityIT {

    @Inject
    TestData data;

    @Inject
    PlacedStudents placing;

    @Inject
    LetterRequests requests;

    @Inject
    LetterWriting writing;

    @Inject
    LetterAudit audit;

    @Inject
    PortalClock clock;

    @Inject
    LetterAsking asking;

    @Inject
    AsStudent asStudent;

    @Inject
    AsAttending asAttending;

    @Inject
    AsCoordinator asCoordinator;

    @AfterEach
    void systemClock() {
        clock.use(null);
    }

    @Test
    void aWaivedLetterReachesItsWriterAndNeverTheStudentAndEveryAttemptIsOnTheTrail() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        LetterRequestDto asked = asking.accepted(a, lena, true);

        byte[] first = LetterSamples.letter(1);
        byte[] second = LetterSamples.letter(2);
        placing.signInStaff(a, a.attending());
        UploadRefusedException a4 = assertThrows(UploadRefusedException.class, () -> asAttending.call(
                () -> writing.upload(asked.id(), LetterSamples.letterOn(PDRectangle.A4), "letter.pdf")));
        assertEquals("letters.upload.notLetterSize", a4.messageKey());
        UploadRefusedException script = assertThrows(UploadRefusedException.class, () -> asAttending.call(
                () -> writing.upload(asked.id(), LetterSamples.letterWithOpenActionScript(), "letter.pdf")));
        assertEquals("letters.upload.activeContent", script.messageKey());
        assertEquals(List.of(), asAttending.call(() -> writing.letter(asked.id())).versions(), "nothing kept");

        asAttending.call(() -> writing.upload(asked.id(), first, "Letter: Lena | draft?.pdf"));
        LetterWriting.LetterInProgress twice = asAttending.call(() -> writing.upload(asked.id(), second, "v2.pdf"));
        assertEquals(List.of(2, 1), twice.versions().stream().map(v -> v.number()).toList(), "newest first");
        assertEquals("Letter_Lena_draft.pdf", twice.versions().get(1).fileName());
        assertEquals(RequestStatus.IN_PROGRESS, twice.request().status());
        LetterFileDto read = asAttending.call(() -> writing.read(asked.id(), 1));
        assertArrayEquals(first, read.content(), "every version stays in the history");
        assertEquals(RequestStatus.COMPLETE, asAttending.call(() -> writing.complete(asked.id())).request().status());

        placing.signInStaff(a, a.otherAttending());
        assertThrows(NotFoundException.class, () -> asAttending.call(() -> writing.read(asked.id(), 2)),
                "a colleague of the same hospital");
        placing.signInStaff(b, b.attending());
        assertThrows(NotFoundException.class, () -> asAttending.call(() -> writing.read(asked.id(), 2)),
                "another hospital's attending");

        placing.signInStudent(lena.student(), lena.name());
        assertEquals(RequestStatus.COMPLETE, asStudent.call(requests::mine).get(0).status(), "the status, yes");
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> requests.readLetter(asked.id())),
                "the content of a waived letter, never");
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> requests.readLetter(asked.id() + 1000)),
                "a guessed id");
        String other = placing.newStudent("Omar Other");
        placing.signInStudent(other, "Omar Other");
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> requests.readLetter(asked.id())),
                "another student's id");
        assertTrue(asStudent.call(requests::mine).isEmpty(), "nor the request");

        placing.signInStaff(a, a.coordinator());
        List<LetterAccessDto> trail = asCoordinator.call(audit::trail);
        List<String> entries = trail.stream().map(e -> e.actorRole() + " " + e.action() + " " + e.allowed() + " v"
                + e.version()).toList();
        assertEquals(List.of("student READ false vnull", "attending READ false v2", "attending READ true v1",
                "attending WROTE true v2", "attending WROTE true v1"), entries,
                "this hospital's trail, newest first: the other student's attempt names no letter of theirs, "
                        + "another hospital's attending acted in theirs");
        assertEquals("Lena Petrova", trail.get(0).studentName());
        assertEquals(a.attending().fullName(), trail.get(0).attendingName());
        placing.signInStaff(b, b.coordinator());
        assertEquals(List.of("attending READ false v2"), asCoordinator.call(audit::trail).stream()
                .map(e -> e.actorRole() + " " + e.action() + " " + e.allowed() + " v" + e.version()).toList(),
                "the other hospital's trail has its own attending's attempt, and nothing of the letter");
    }

    @Test
    void aStudentWhoDidNotWaiveReadsTheCompleteLetterAndNothingBefore()
            throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        LetterRequestDto asked = asking.accepted(a, lena, false);
        byte[] letter = LetterSamples.letter(1);

        placing.signInStaff(a, a.attending());
        NotAllowedException nothing = assertThrows(NotAllowedException.class,
                () -> asAttending.call(() -> writing.complete(asked.id())));
        assertEquals("letters.nothingToComplete", nothing.messageKey());
        asAttending.call(() -> writing.upload(asked.id(), letter, "letter.pdf"));

        placing.signInStudent(lena.student(), lena.name());
        NotAllowedException fixed = assertThrows(NotAllowedException.class,
                () -> asStudent.call(() -> requests.waive(asked.id(), true)));
        assertEquals("letters.waiverFixed", fixed.messageKey(), "the letter is written: the waiver is fixed");
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> requests.readLetter(asked.id())),
                "not before it is complete");
        placing.signInStaff(a, a.attending());
        asAttending.call(() -> writing.complete(asked.id()));
        placing.signInStudent(lena.student(), lena.name());
        assertArrayEquals(letter, asStudent.call(() -> requests.readLetter(asked.id())).content(),
                "not waived: the student may read it");

        placing.signInStaff(a, a.coordinator());
        assertEquals(List.of("student READ true v1", "student READ false vnull", "attending WROTE true v1"),
                asCoordinator.call(audit::trail).stream().map(e -> e.actorRole() + " " + e.action() + " "
                        + e.allowed() + " v" + e.version()).toList());
    }
}

package org.externship.portal.letters;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.externship.portal.Deployments;
import org.externship.portal.letters.boundary.LetterAudit;
import org.externship.portal.letters.boundary.LetterDraftCommand;
import org.externship.portal.letters.boundary.LetterDraftDto;
import org.externship.portal.letters.boundary.LetterDrafts;
import org.externship.portal.letters.boundary.LetterRequestDto;
import org.externship.portal.letters.boundary.LetterWordingException;
import org.externship.portal.letters.boundary.LetterWriting;
import org.externship.portal.letters.entity.RequestStatus;
import org.externship.portal.passport.control.SampleFiles;
import org.externship.portal.shared.boundary.InvalidInputException;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, a letter written in the portal: the attending starts from a skeleton addressed to programs in general,
 * saves a draft (kept, and nothing saved when it is refused), renders it as version 1 on the hospital's letterhead,
 * signed and dated, through the upload's path (on the trail); the letter is not marked complete while it is addressed
 * to one reader, nor while the draft holds changes no version has; after the fix and a new rendering it is. Another
 * attending of the hospital, another hospital's, and a student reach no draft. An uploaded letter is read for its
 * salutation too. H2 and PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class LetterWritingIT {

    private static final String ADDRESS = "1200 Harbor Street\nBoston, MA 02118";
    private static final String PHONE = "(617) 555-0142";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    TestData data;

    @Inject
    PlacedStudents placing;

    @Inject
    LetterAsking accepting;

    @Inject
    LetterWriting writing;

    @Inject
    LetterDrafts drafts;

    @Inject
    LetterAudit audit;

    @Inject
    PortalClock clock;

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
    void aLetterWrittenInThePortalIsCompleteOnceItIsAddressedToProgramsInGeneral() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        LetterRequestDto asked = accepting.accepted(a, lena, true);
        long id = asked.id();

        placing.signInStaff(a, a.attending());
        LetterDraftDto skeleton = asAttending.call(() -> drafts.draft(id));
        assertFalse(skeleton.saved());
        assertTrue(skeleton.body().startsWith("Dear Program Director,\n\nIt is my pleasure to recommend Lena Petrova"),
                skeleton.body());
        assertEquals(a.attending().fullName(), skeleton.signerName());
        assertEquals(a.attending().email(), skeleton.email());
        assertEquals(a.attending().title(), skeleton.signerTitle());
        assertEquals(a.hospital().name(), skeleton.hospital());

        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> asAttending.call(
                () -> drafts.save(id, new LetterDraftCommand(" ", ADDRESS, PHONE, "Attending physician"))));
        assertEquals("body", empty.violations().iterator().next().getPropertyPath().toString().replaceAll(".*\\.", ""));
        assertFalse(asAttending.call(() -> drafts.draft(id)).saved(), "nothing saved");

        String toOneReader = "Dear Dr. Smith,\n\nI recommend Lena Petrova for your internal medicine program at "
                + "Mercy General.\n\nSincerely,";
        asAttending.call(() -> drafts.save(id, new LetterDraftCommand(toOneReader, ADDRESS, PHONE, "Attending")));
        LetterDraftDto saved = asAttending.call(() -> drafts.draft(id));
        assertEquals(toOneReader, saved.body(), "the draft is kept");
        assertEquals(PHONE, saved.phone());

        LetterWriting.LetterInProgress first = asAttending.call(() -> drafts.render(id));
        assertEquals(List.of(1), first.versions().stream().map(v -> v.number()).toList());
        assertEquals(RequestStatus.IN_PROGRESS, first.request().status());
        String text = text(asAttending.call(() -> writing.read(id, 1)).content());
        for (String part : List.of(a.hospital().name(), "1200 Harbor Street", "Phone: " + PHONE,
                "E-mail: " + a.attending().email(), "Dear Dr. Smith,", a.attending().fullName() + "\nAttending\n",
                DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US).format(clock.today()))) {
            assertTrue(text.contains(part), part + " in " + text);
        }

        LetterWordingException refused = assertThrows(LetterWordingException.class,
                () -> asAttending.call(() -> writing.complete(id)));
        assertEquals(List.of("letters.wording.namedPerson", "letters.wording.namedProgram"),
                refused.reasons().stream().map(LetterWordingException.Reason::key).toList());
        assertEquals(List.of("Dear Dr. Smith"), refused.reasons().get(0).arguments());
        assertEquals(RequestStatus.IN_PROGRESS, asAttending.call(() -> writing.letter(id)).request().status());

        asAttending.call(() -> drafts.save(id, new LetterDraftCommand("Dear Program Director,\n\nI recommend Lena "
                + "Petrova to your program without reservation.\n\nSincerely,", ADDRESS, PHONE, "Attending")));
        NotAllowedException stale = assertThrows(NotAllowedException.class,
                () -> asAttending.call(() -> writing.complete(id)));
        assertEquals("letters.draft.changedSinceRendered", stale.messageKey(), "the fix is not in a version yet");
        asAttending.call(() -> drafts.render(id));
        LetterWriting.LetterInProgress complete = asAttending.call(() -> writing.complete(id));
        assertEquals(RequestStatus.COMPLETE, complete.request().status());
        assertEquals(List.of(2, 1), complete.versions().stream().map(v -> v.number()).toList());

        placing.signInStaff(a, a.coordinator());
        List<String> trail = asCoordinator.call(audit::trail).stream().map(e -> e.actorRole() + " " + e.action()
                + " v" + e.version()).toList();
        assertTrue(trail.containsAll(List.of("attending WROTE v1", "attending WROTE v2")), trail.toString());

        LetterDraftCommand intruder = new LetterDraftCommand("Dear Program Director,", ADDRESS, PHONE, "x");
        for (StaffedHospital hospital : List.of(a, b)) {
            placing.signInStaff(hospital, hospital == a ? a.otherAttending() : b.attending());
            assertThrows(NotFoundException.class, () -> asAttending.call(() -> drafts.draft(id)));
            assertThrows(NotFoundException.class, () -> asAttending.call(() -> drafts.save(id, intruder)));
            assertThrows(NotFoundException.class, () -> asAttending.call(() -> drafts.render(id)));
        }
        placing.signInStudent(lena.student(), lena.name());
        assertThrows(EJBAccessException.class, () -> asStudent.call(() -> drafts.draft(id)), "not a student's");
        placing.signInStaff(a, a.attending());
        assertEquals(List.of(2, 1), asAttending.call(() -> writing.letter(id)).versions().stream()
                .map(v -> v.number()).toList(), "no one else wrote a version");
    }

    @Test
    void anUploadedLetterToOneReaderIsNotCompleteEither() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        long id = accepting.accepted(a, lena, true).id();

        asAttending.call(() -> writing.upload(id, SampleFiles.pdf("Dear Dr. Jones, it is my pleasure to recommend"),
                "letter.pdf"));
        LetterWordingException refused = assertThrows(LetterWordingException.class,
                () -> asAttending.call(() -> writing.complete(id)));
        assertEquals(List.of(new LetterWordingException.Reason("letter", "letters.wording.namedPerson",
                List.of("Dear Dr. Jones"))), refused.reasons());
        asAttending.call(() -> writing.upload(id, SampleFiles.pdf("Dear Program Director, it is my pleasure"),
                "letter.pdf"));
        assertEquals(RequestStatus.COMPLETE, asAttending.call(() -> writing.complete(id)).request().status());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}

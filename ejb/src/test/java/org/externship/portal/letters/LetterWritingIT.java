package org.externship.portal.letters;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.externship.portal.letters.boundary.AskableAttending;
import org.externship.portal.letters.boundary.DeliveryCommand;
import org.externship.portal.letters.boundary.DeliveryDto;
import org.externship.portal.letters.boundary.LetterAudit;
import org.externship.portal.letters.boundary.LetterDeliveries;
import org.externship.portal.letters.boundary.LetterDraftCommand;
import org.externship.portal.letters.boundary.LetterDraftDto;
import org.externship.portal.letters.boundary.LetterDrafts;
import org.externship.portal.letters.boundary.LetterFileDto;
import org.externship.portal.letters.boundary.LetterLinks;
import org.externship.portal.letters.boundary.LetterRequestDto;
import org.externship.portal.letters.boundary.LetterRequests;
import org.externship.portal.letters.boundary.LetterSending;
import org.externship.portal.letters.boundary.LetterSettings;
import org.externship.portal.letters.boundary.LetterWordingException;
import org.externship.portal.letters.boundary.LetterWriting;
import org.externship.portal.letters.boundary.LetterheadCommand;
import org.externship.portal.letters.boundary.LinkedLetter;
import org.externship.portal.letters.control.LetterFollowUps;
import org.externship.portal.letters.control.LetterSamples;
import org.externship.portal.letters.control.LinkSecret;
import org.externship.portal.letters.entity.DeliveryKind;
import org.externship.portal.letters.entity.RequestStatus;
import org.externship.portal.passport.boundary.UploadRefusedException;
import org.externship.portal.passport.control.SampleFiles;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.Mailer;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.testing.AsAttending;
import org.externship.portal.testing.AsCoordinator;
import org.externship.portal.testing.AsStudent;
import org.externship.portal.testing.LetterAsking;
import org.externship.portal.testing.PlacedStudents;
import org.externship.portal.testing.PlacedStudents.Placed;
import org.externship.portal.testing.SentMails;
import org.externship.portal.testing.StaffedHospital;
import org.externship.portal.testing.TestData;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, from writing the letter to delivering it. A letter written in the portal: the attending starts from a skeleton addressed to programs in general,
 * saves a draft (kept, and nothing saved when it is refused), renders it as version 1 on the hospital's letterhead,
 * signed and dated, through the upload's path (on the trail); the letter is not marked complete while it is addressed
 * to one reader, nor while the draft holds changes no version has; after the fix and a new rendering it is. Another
 * attending of the hospital, another hospital's, and a student reach no draft. An uploaded letter is read for its
 * salutation too. The hospital's letterhead (address, phone, logo), set by its coordinator, starts every letter its
 * attendings write and heads the PDF; another hospital, and a student, reach none of it. Then delivery: the student
 * assigns a complete letter to programs (through the residency application service under its letter id, or by a link
 * to one recipient), and never before it is complete; the writer downloads it for the service under a file name the
 * service accepts and says it is uploaded, or sends the link; the link opens the letter three times within 14 days for
 * whoever holds it and then nothing; another hospital or attending reaches no delivery; every download, refused ones
 * too, is on the trail. H2 and PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class LetterWritingIT {

    private static final String ADDRESS = "1200 Harbor Street\nBoston, MA 02118";
    private static final String PHONE = "(617) 555-0142";

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
    LetterSettings settings;

    @Inject
    PortalClock clock;

    @Inject
    AsStudent asStudent;

    @Inject
    AsAttending asAttending;

    @Inject
    AsCoordinator asCoordinator;

    @Inject
    LetterRequests requests;

    @Inject
    LetterDeliveries deliveries;

    @Inject
    LetterSending sending;

    @Inject
    LetterLinks links;

    @Inject
    LetterFollowUps followUps;

    @Inject
    SentMails mails;

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

    @Test
    void theHospitalsLetterheadStartsEveryLetterAndIsItsCoordinatorsAlone() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        long id = accepting.accepted(a, lena, true).id();
        String address = "Department of Medicine\n1 Hospital Drive\nBoston, MA 02118";

        placing.signInStaff(a, a.coordinator());
        assertFalse(asCoordinator.call(settings::letterhead).logo(), "none yet");
        assertThrows(InvalidInputException.class, () -> asCoordinator.call(
                () -> settings.describeLetterhead(new LetterheadCommand(address, "call the front desk"))));
        assertEquals(null, asCoordinator.call(settings::letterhead).address(), "nothing kept of a refused letterhead");
        asCoordinator.call(() -> settings.describeLetterhead(new LetterheadCommand(address, "(617) 555-0100")));
        UploadRefusedException notImage = assertThrows(UploadRefusedException.class,
                () -> asCoordinator.call(() -> settings.changeLogo(SampleFiles.pdf("Mercy General"))));
        assertEquals("letters.logo.notImage", notImage.messageKey());
        assertFalse(asCoordinator.call(settings::letterhead).logo());
        assertTrue(asCoordinator.call(() -> settings.changeLogo(SampleFiles.png())).logo());
        byte[] kept = asCoordinator.call(settings::logo);
        assertEquals("PNG", new String(kept, 1, 3, StandardCharsets.US_ASCII), "kept as the portal re-encoded it");

        placing.signInStaff(a, a.attending());
        LetterDraftDto skeleton = asAttending.call(() -> drafts.draft(id));
        assertEquals(address, skeleton.address(), "the letterhead's address starts the letter");
        assertEquals("(617) 555-0100", skeleton.phone());
        asAttending.call(() -> drafts.save(id, new LetterDraftCommand("Dear Program Director,\n\nI recommend Lena "
                + "Petrova.\n\nSincerely,", skeleton.address(), skeleton.phone(), "Attending")));
        asAttending.call(() -> drafts.render(id));
        byte[] letter = asAttending.call(() -> writing.read(id, 1)).content();
        try (PDDocument document = Loader.loadPDF(letter)) {
            PDResources page = document.getPage(0).getResources();
            boolean logo = false;
            for (COSName name : page.getXObjectNames()) {
                logo |= page.getXObject(name) instanceof PDImageXObject;
            }
            assertTrue(logo, "the logo heads the letter");
        }
        assertTrue(text(letter).contains("Department of Medicine\n1 Hospital Drive"), text(letter));
        assertEquals(RequestStatus.COMPLETE, asAttending.call(() -> writing.complete(id)).request().status(),
                "a letter on the hospital's letterhead passes the letter rules");

        placing.signInStaff(b, b.coordinator());
        assertEquals(null, asCoordinator.call(settings::letterhead).address(), "B sees none of A's letterhead");
        assertFalse(asCoordinator.call(settings::letterhead).logo());
        assertThrows(NotFoundException.class, () -> asCoordinator.call(settings::logo));
        placing.signInStudent(lena.student(), lena.name());
        assertThrows(EJBAccessException.class, () -> asStudent.call(settings::letterhead), "not a student's");
        assertThrows(EJBAccessException.class, () -> asStudent.call(settings::logo));

        placing.signInStaff(a, a.coordinator());
        assertFalse(asCoordinator.call(settings::removeLogo).logo());
        assertThrows(NotFoundException.class, () -> asCoordinator.call(settings::logo), "removed");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aCompleteLetterGoesThroughTheServiceAndByALinkThatOpensItThreeTimesWithinTwoWeeks() throws Exception {
        String secret = LinkSecret.create(); // the e-mail's, as the test knows it
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        LetterRequestDto asked = accepted(a, lena);
        byte[] letter = LetterSamples.letter(1);
        placing.signInStaff(a, a.attending());
        asAttending.call(() -> writing.upload(asked.id(), letter, "letter.pdf"));

        placing.signInStudent(lena.student(), lena.name());
        DeliveryCommand eras = new DeliveryCommand(asked.id(), DeliveryKind.ERAS, "Internal medicine programs",
                "AB12-3456", null, null);
        NotAllowedException early = assertThrows(NotAllowedException.class,
                () -> asStudent.call(() -> deliveries.assign(eras)));
        assertEquals("letters.delivery.notFinished", early.messageKey(), "not before the letter is complete");
        placing.signInStaff(a, a.attending());
        asAttending.call(() -> writing.complete(asked.id()));

        placing.signInStudent(lena.student(), lena.name());
        asStudent.call(() -> deliveries.assign(eras));
        InvalidInputException badId = assertThrows(InvalidInputException.class, () -> asStudent.call(
                () -> deliveries.assign(new DeliveryCommand(asked.id(), DeliveryKind.ERAS, "Surgery", "12", null,
                        null))));
        assertEquals(Set.of("erasLetterId"), fields(badId));
        InvalidInputException noRecipient = assertThrows(InvalidInputException.class, () -> asStudent.call(
                () -> deliveries.assign(new DeliveryCommand(asked.id(), DeliveryKind.LINK, "St. Elsewhere", null,
                        null, null))));
        assertEquals(Set.of("recipientNameGiven", "recipientEmailGiven"), fields(noRecipient));
        assertEquals("letters.delivery.sameLetterId", assertThrows(NotAllowedException.class,
                () -> asStudent.call(() -> deliveries.assign(eras))).messageKey());
        String ownAddress = lena.student().substring(0, 8) + "@students.example";
        assertEquals("letters.delivery.ownAddress", assertThrows(NotAllowedException.class, () -> asStudent.call(
                () -> deliveries.assign(link(asked.id(), ownAddress.toUpperCase())))).messageKey(),
                "the student cannot be the recipient of their own letter");
        List<DeliveryDto> assigned = asStudent.call(() -> deliveries.assign(link(asked.id(), "pd@elsewhere.example")))
                .deliveries();
        assertEquals(List.of("ERAS WAITING", "LINK WAITING"), states(assigned));
        long erasId = assigned.get(0).id();
        long linkId = assigned.get(1).id();

        placing.signInStaff(a, a.otherAttending());
        assertThrows(NotFoundException.class, () -> asAttending.call(() -> sending.forEras(erasId)),
                "a colleague of the same hospital");
        placing.signInStaff(b, b.attending());
        assertThrows(NotFoundException.class, () -> asAttending.call(() -> sending.sendLink(linkId)),
                "another hospital's attending");

        placing.signInStaff(a, a.attending());
        LetterFileDto forEras = asAttending.call(() -> sending.forEras(erasId));
        assertArrayEquals(letter, forEras.content());
        assertEquals(("Letter_Lena_Petrova_" + a.attending().fullName() + "_AB12-3456.pdf").replace(' ', '_'),
                forEras.fileName(), "no space, | * ? or : for the service's letter portal");
        asAttending.call(() -> sending.uploaded(erasId));
        assertEquals("letters.delivered", assertThrows(NotAllowedException.class, () -> asAttending.call(
                () -> writing.upload(asked.id(), LetterSamples.letter(2), "v2.pdf"))).messageKey(),
                "delivered: no new version replaces it");
        Instant sentAt = Instant.now();
        List<DeliveryDto> sent = asAttending.call(() -> sending.sendLink(linkId));
        assertEquals(List.of("ERAS DELIVERED", "LINK DELIVERED"), states(sent));
        Duration lifetime = Duration.between(sentAt, sent.get(1).linkExpiresAt());
        assertTrue(lifetime.compareTo(Duration.ofDays(14).minusMinutes(1)) > 0
                && lifetime.compareTo(Duration.ofDays(14).plusMinutes(1)) < 0, "14 days: " + lifetime);
        data.knownLinkSecret(a.alias(), linkId, secret);

        placing.signInStudent(lena.student(), lena.name());
        assertEquals(RequestStatus.DELIVERED, asStudent.call(requests::mine).get(0).status());
        assertEquals("letters.delivery.alreadyDelivered", assertThrows(NotAllowedException.class,
                () -> asStudent.call(() -> deliveries.withdraw(linkId))).messageKey());

        placing.signOut();
        LinkedLetter opened = links.open(a.alias(), secret);
        assertEquals(List.of("Dr. Program Director", "Lena Petrova", a.attending().fullName(),
                "Hospital " + a.alias(), "St. Elsewhere internal medicine", "3", "true"),
                List.of(opened.recipientName(), opened.studentName(), opened.writerName(), opened.hospitalName(),
                        opened.program(), String.valueOf(opened.downloadsLeft()), String.valueOf(opened.works())));
        assertThrows(NotFoundException.class, () -> links.open(b.alias(), secret), "the link names its hospital");
        assertThrows(NotFoundException.class, () -> links.open(a.alias(), "x".repeat(43)), "a guessed secret");
        assertThrows(NotFoundException.class, () -> links.open(a.alias(), "../../etc"), "not a secret at all");
        for (int download = 1; download <= 3; download++) {
            assertArrayEquals(letter, links.download(a.alias(), secret, "203.0.113.7").content());
        }
        assertEquals("letters.link.usedUp", assertThrows(NotAllowedException.class,
                () -> links.download(a.alias(), secret, "203.0.113.7")).messageKey());
        assertFalse(links.open(a.alias(), secret).works());

        placing.signInStaff(a, a.coordinator());
        assertEquals(List.of("recipient READ false", "recipient READ true", "recipient READ true",
                "recipient READ true", "attending SENT true", "attending READ true", "attending READ false"),
                asCoordinator.call(audit::trail).stream().limit(7)
                        .map(e -> e.actorRole() + " " + e.action() + " " + e.allowed()).toList(),
                "each download on the trail, the refused ones too (the colleague's first), newest first");
        assertEquals(a.otherAttending().fullName(), asCoordinator.call(audit::trail).get(6).actorName(),
                "who was refused");
        assertEquals("203.0.113.7", asCoordinator.call(audit::trail).get(0).address());
    }

    @Test
    void aLinkExpiresAfterTwoWeeksAndAWaitingDeliveryCanBeWithdrawn() throws Exception {
        String secret = LinkSecret.create(); // the e-mail's, as the test knows it
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        LetterRequestDto asked = accepted(a, lena);
        placing.signInStaff(a, a.attending());
        asAttending.call(() -> writing.upload(asked.id(), LetterSamples.letter(1), "letter.pdf"));
        asAttending.call(() -> writing.complete(asked.id()));

        placing.signInStudent(lena.student(), lena.name());
        asStudent.call(() -> deliveries.assign(link(asked.id(), "first@elsewhere.example")));
        List<DeliveryDto> two = asStudent.call(() -> deliveries.assign(link(asked.id(), "second@elsewhere.example")))
                .deliveries();
        assertEquals(List.of(), asStudent.call(() -> deliveries.withdraw(two.get(1).id())).deliveries().stream()
                .filter(d -> d.id() == two.get(1).id()).toList(), "withdrawn before it was sent");
        long linkId = two.get(0).id();

        placing.signInStaff(a, a.attending());
        Instant sentAt = asAttending.call(() -> sending.sendLink(linkId)).get(0).deliveredAt();
        data.knownLinkSecret(a.alias(), linkId, secret);

        placing.signOut();
        clock.use(Clock.fixed(sentAt.plus(Duration.ofDays(14)).minusSeconds(1), ZoneId.systemDefault()));
        assertEquals(1, links.download(a.alias(), secret, "198.51.100.1").content().length > 0 ? 1 : 0,
                "a second before the two weeks are over");
        clock.use(Clock.fixed(sentAt.plus(Duration.ofDays(14)), ZoneId.systemDefault()));
        assertEquals("letters.link.expired", assertThrows(NotAllowedException.class,
                () -> links.download(a.alias(), secret, "198.51.100.1")).messageKey());
        LinkedLetter expired = links.open(a.alias(), secret);
        assertFalse(expired.works());
        assertEquals(2, expired.downloadsLeft(), "the expired link still says who wrote it and for whom");
    }

    /**
     * People (issue 10): a complete letter is its writer's finished work, and stays the student's to send after the
     * hospital deactivates the writer. By link: the portal sends it in the writer's stead at its next round (waiting
     * links and new ones alike, each once, the e-mail saying the student asked for it, on the trail as the portal), and
     * the link opens the letter. Through the service: only the writer can upload, so a waiting upload stays waiting
     * and no new one is taken on, with the reason; the student's answers say so. Reactivated, the writer delivers.
     */
    @Test
    void aCompleteLetterStillGoesByLinkAfterItsWriterIsDeactivatedButNobodyUploadsItForThem() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        LetterRequestDto asked = accepted(a, lena);
        byte[] letter = LetterSamples.letter(1);
        placing.signInStaff(a, a.attending());
        asAttending.call(() -> writing.upload(asked.id(), letter, "letter.pdf"));
        asAttending.call(() -> writing.complete(asked.id()));
        placing.signInStudent(lena.student(), lena.name());
        asStudent.call(() -> deliveries.assign(new DeliveryCommand(asked.id(), DeliveryKind.ERAS,
                "Internal medicine programs", "AB12-3456", null, null)));
        String early = "early@" + a.alias() + ".example";
        asStudent.call(() -> deliveries.assign(link(asked.id(), early)));
        assertTrue(asStudent.call(() -> deliveries.of(asked.id())).writerActive());

        data.deactivate(a.alias(), a.attending().id());

        LetterDeliveries.Delivering gone = asStudent.call(() -> deliveries.of(asked.id()));
        assertFalse(gone.writerActive());
        assertEquals(List.of(DeliveryKind.LINK), gone.kinds(), "by link only");
        assertTrue(only(asStudent.call(requests::askable), asked.id()).isWriterGone(), "the letters page says so");
        NotAllowedException upload = assertThrows(NotAllowedException.class, () -> asStudent.call(
                () -> deliveries.assign(new DeliveryCommand(asked.id(), DeliveryKind.ERAS, "Surgery programs",
                        "CD34-5678", null, null))));
        assertEquals("letters.delivery.writerGone.eras", upload.messageKey());
        String late = "late@" + a.alias() + ".example";
        List<DeliveryDto> assigned = asStudent.call(() -> deliveries.assign(link(asked.id(), late))).deliveries();
        assertEquals(List.of("ERAS WAITING", "LINK WAITING", "LINK WAITING"), states(assigned));

        placing.signOut();
        followUps.run(clock.now());
        followUps.run(clock.now());

        for (String recipient : List.of(early, late)) {
            List<Mailer.Mail> sent = mails.to(recipient);
            assertEquals(1, sent.size(), "one link to " + recipient + ", however many rounds");
            assertTrue(sent.get(0).body().contains("Lena Petrova asked the Externship Portal to send you the letter "
                    + "of recommendation that " + a.attending().fullName() + " of " + a.hospital().name()
                    + " wrote for them"), sent.get(0).body());
            assertTrue(sent.get(0).body().contains("/letter-link.xhtml?hospital=" + a.alias() + "&key="));
        }
        placing.signInStudent(lena.student(), lena.name());
        List<DeliveryDto> after = asStudent.call(() -> deliveries.of(asked.id())).deliveries();
        assertEquals(List.of("ERAS WAITING", "LINK DELIVERED", "LINK DELIVERED"), states(after),
                "nobody uploads for the writer; the waiting upload can still be withdrawn");
        assertEquals(RequestStatus.DELIVERED, asStudent.call(requests::mine).get(0).status());
        asStudent.call(() -> deliveries.withdraw(after.get(0).id()));

        placing.signOut();
        String mailed = mails.to(late).get(0).body().replaceAll("(?s).*[?&]key=([A-Za-z0-9%_-]+).*", "$1");
        assertArrayEquals(letter, links.download(a.alias(), URLDecoder.decode(mailed, StandardCharsets.US_ASCII),
                "203.0.113.9").content(), "the link the portal mailed opens the letter");
        placing.signInStaff(a, a.coordinator());
        assertEquals(List.of("recipient READ true", "portal SENT true", "portal SENT true"),
                asCoordinator.call(audit::trail).stream().limit(3)
                        .map(e -> e.actorRole() + " " + e.action() + " " + e.allowed()).toList(),
                "the portal sent the links, nobody signed in did");

        data.reactivate(a.alias(), a.attending().id());
        placing.signInStudent(lena.student(), lena.name());
        long third = asStudent.call(() -> deliveries.assign(link(asked.id(), "third@" + a.alias() + ".example")))
                .deliveries().get(2).id();
        placing.signOut();
        followUps.run(clock.now());
        assertEquals(List.of(), mails.to("third@" + a.alias() + ".example"), "reactivated: the writer sends it");
        placing.signInStaff(a, a.attending());
        assertEquals("LINK DELIVERED", states(asAttending.call(() -> sending.sendLink(third))).get(2));
    }

    private static AskableAttending only(List<AskableAttending> askable, long requestId) {
        List<AskableAttending> found = askable.stream()
                .filter(x -> x.request() != null && x.request().id() == requestId).toList();
        assertEquals(1, found.size(), "request " + requestId + " in " + askable);
        return found.get(0);
    }

    private LetterRequestDto accepted(StaffedHospital hospital, Placed placed) throws Exception {
        LetterRequestDto asked = accepting.accepted(hospital, placed, true);
        clock.use(null);
        return asked;
    }

    private static DeliveryCommand link(long requestId, String email) {
        return new DeliveryCommand(requestId, DeliveryKind.LINK, "St. Elsewhere internal medicine", null,
                "Dr. Program Director", email);
    }

    private static List<String> states(List<DeliveryDto> list) {
        return list.stream().map(d -> d.kind() + " " + d.status()).toList();
    }

    private static Set<String> fields(InvalidInputException e) {
        return e.violations().stream().map(v -> {
            String path = v.getPropertyPath().toString();
            return path.substring(path.lastIndexOf('.') + 1);
        }).collect(Collectors.toSet());
    }
}

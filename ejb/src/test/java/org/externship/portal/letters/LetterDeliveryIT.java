package org.externship.portal.letters;

import jakarta.inject.Inject;
import org.externship.portal.Deployments;
import org.externship.portal.letters.boundary.DeliveryCommand;
import org.externship.portal.letters.boundary.DeliveryDto;
import org.externship.portal.letters.boundary.LetterAudit;
import org.externship.portal.letters.boundary.LetterDeliveries;
import org.externship.portal.letters.boundary.LetterFileDto;
import org.externship.portal.letters.boundary.LetterLinks;
import org.externship.portal.letters.boundary.LetterRequestDto;
import org.externship.portal.letters.boundary.LetterRequests;
import org.externship.portal.letters.boundary.LetterSending;
import org.externship.portal.letters.boundary.LetterWriting;
import org.externship.portal.letters.boundary.LinkedLetter;
import org.externship.portal.letters.control.LetterSamples;
import org.externship.portal.letters.control.LinkSecret;
import org.externship.portal.letters.entity.DeliveryKind;
import org.externship.portal.letters.entity.RequestStatus;
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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, delivery: the student assigns a complete letter to programs (through the residency application service
 * under its letter id, or by a link to one recipient), and never before it is complete; the writer downloads it for the
 * service under a file name the service accepts and says it is uploaded, or sends the link; the link opens the letter
 * three times within 14 days for whoever holds it and then nothing; another hospital or attending reaches no delivery;
 * every download, refused ones too, is on the trail. H2 and PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class LetterDeliveryIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    TestData data;

    @Inject
    PlacedStudents placing;

    @Inject
    LetterRequests requests;

    @Inject
    LetterWriting writing;

    @Inject
    LetterDeliveries deliveries;

    @Inject
    LetterSending sending;

    @Inject
    LetterLinks links;

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
                "recipient READ true", "attending SENT true", "attending READ true"), asCoordinator.call(audit::trail)
                .stream().limit(6).map(e -> e.actorRole() + " " + e.action() + " " + e.allowed()).toList(),
                "each download on the trail, the refused one too, newest first");
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

    private LetterRequestDto accepted(StaffedHospital hospital, Placed placed) throws Exception {
        LetterRequestDto asked = asking.accepted(hospital, placed, true);
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

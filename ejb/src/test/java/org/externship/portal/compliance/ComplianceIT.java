package org.externship.portal.compliance;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.externship.portal.compliance.boundary.Checklist;
import org.externship.portal.compliance.boundary.ComplianceChecks;
import org.externship.portal.compliance.boundary.ComplianceRequirements;
import org.externship.portal.compliance.boundary.Evidence;
import org.externship.portal.compliance.boundary.ItemDto;
import org.externship.portal.compliance.boundary.MyCompliance;
import org.externship.portal.compliance.boundary.PlacementCompliance;
import org.externship.portal.compliance.boundary.RejectCommand;
import org.externship.portal.compliance.boundary.RequirementCommand;
import org.externship.portal.compliance.boundary.RequirementDto;
import org.externship.portal.compliance.control.ExpiryWatch;
import org.externship.portal.compliance.entity.ItemStatus;
import org.externship.portal.compliance.entity.RequirementKind;
import org.externship.portal.compliance.entity.Standing;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.passport.boundary.UploadRefusedException;
import org.externship.portal.passport.control.SampleFiles;
import org.externship.portal.placement.boundary.Placements;
import org.externship.portal.placement.entity.PlacementProgress;
import org.externship.portal.qualification.entity.DocumentType;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.Mailer.Mail;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.SqlStatements;
import org.externship.portal.testing.AsCoordinator;
import org.externship.portal.testing.AsStudent;
import org.externship.portal.testing.PlacedStudents;
import org.externship.portal.testing.PlacedStudents.Placed;
import org.externship.portal.testing.SentMails;
import org.externship.portal.testing.StaffedHospital;
import org.externship.portal.testing.TestData;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, onboarding compliance: a coordinator sets the hospital's requirements; the student hands in a file or
 * reuses a passport document; a coordinator verifies or rejects with a reason (the student is mailed); the placement
 * cannot start until every current requirement is verified and not lapsed; retiring a requirement keeps what was
 * handed in; an expiry warning goes out once; another hospital's coordinator and another student reach nothing. A
 * student placed in two hospitals sees both checklists at once, each item's standing as the coordinator sees it, for a
 * constant number of statements, and downloads their own files, which no other student and no other hospital's
 * coordinator can. H2 and PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class ComplianceIT {

    @Inject
    TestData data;

    @Inject
    PlacedStudents placing;

    @Inject
    ComplianceRequirements requirements;

    @Inject
    ComplianceChecks checks;

    @Inject
    MyCompliance mine;

    @Inject
    Placements placements;

    @Inject
    ExpiryWatch watch;

    @Inject
    PortalClock clock;

    @Inject
    SentMails mails;

    @Inject
    AsStudent asStudent;

    @Inject
    AsCoordinator asCoordinator;

    @AfterEach
    void systemClock() {
        clock.use(null);
    }

    @Test
    void aPlacementStartsOnlyOnceEveryRequirementIsVerified() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        long application = lena.applicationId();
        LocalDate first = asStudent.call(() -> mine.checklist(application)).startDate();
        today(first.minusDays(20));

        placing.signInStaff(a, a.coordinator());
        RequirementDto bls = asCoordinator.call(() -> requirements.add(new RequirementCommand("BLS provider card",
                RequirementKind.BLS, null, true, null, DocumentType.BLS)));
        RequirementDto drug = asCoordinator.call(() -> requirements.add(new RequirementCommand("Drug screen",
                RequirementKind.DRUG_SCREEN, null, true, 3, null)));
        RequirementDto policy = asCoordinator.call(() -> requirements.add(new RequirementCommand("Signed policy",
                RequirementKind.SIGNED_POLICY, null, false, null, null)));
        InvalidInputException unnamed = assertThrows(InvalidInputException.class, () -> asCoordinator.call(
                () -> requirements.add(new RequirementCommand(" ", RequirementKind.OTHER, null, false, null, null))));
        assertEquals("name", unnamed.violations().iterator().next().getPropertyPath().toString()
                .replaceAll(".*\\.", ""));
        assertEquals(3, asCoordinator.call(requirements::current).size());

        placing.signInStudent(lena.student(), lena.name());
        Checklist fresh = asStudent.call(() -> mine.checklist(application));
        assertEquals(List.of("BLS provider card", "Drug screen", "Signed policy"), fresh.unmet());
        ItemDto blsRow = row(fresh, bls.id());
        assertNotNull(blsRow.passportOffer(), "the BLS card in the passport is offered");
        assertNull(row(fresh, drug.id()).passportOffer());

        // the BLS card of the passport, without a new upload; the drug screen valid for the requirement's 3 months
        asStudent.call(() -> mine.usePassport(application, bls.id()));
        byte[] screen = SampleFiles.pdf("Drug screen: negative");
        asStudent.call(() -> mine.upload(application, drug.id(), null, "screen.pdf", screen));
        assertEquals("compliance.expiryRequired", assertThrows(UploadRefusedException.class,
                () -> asStudent.call(() -> mine.upload(application, bls.id(), null, "bls.pdf",
                        SampleFiles.pdf("BLS")))).messageKey(), "the BLS card needs its date");
        assertThrows(UploadRefusedException.class, () -> asStudent.call(() -> mine.upload(application, policy.id(),
                null, "policy.html", "<html><script>alert(1)</script></html>".getBytes())), "not a document");
        Checklist handedIn = asStudent.call(() -> mine.upload(application, policy.id(), null, "policy.pdf",
                SampleFiles.pdf("I have read the policy")));
        assertTrue(row(handedIn, bls.id()).fromPassport());
        assertEquals(clock.today().plusMonths(3), row(handedIn, drug.id()).expiresOn());
        assertTrue(handedIn.items().stream().allMatch(i -> i.status() == ItemStatus.SUBMITTED));
        assertEquals(3, mails.to(a.coordinator().email()).stream()
                .filter(m -> m.subject().startsWith("Lena Petrova handed in")).count(), "the coordinator is told each time");

        placing.signInStaff(a, a.coordinator());
        PlacementCompliance waiting = dashboardRow(lena.placementId());
        assertFalse(waiting.green());
        assertEquals(3, waiting.awaitingCheck());
        Checklist toCheck = asCoordinator.call(() -> checks.of(lena.placementId()));
        assertArrayEquals(screen, asCoordinator.call(() -> checks.evidence(row(toCheck, drug.id()).itemId()))
                .content(), "the coordinator opens what was handed in");
        asCoordinator.call(() -> checks.verify(row(toCheck, bls.id()).itemId()));
        asCoordinator.call(() -> checks.verify(row(toCheck, policy.id()).itemId()));
        InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> asCoordinator.call(
                () -> checks.reject(new RejectCommand(row(toCheck, drug.id()).itemId(), " "))));
        assertEquals("reason", noReason.violations().iterator().next().getPropertyPath().toString()
                .replaceAll(".*\\.", ""));
        asCoordinator.call(() -> checks.reject(new RejectCommand(row(toCheck, drug.id()).itemId(),
                "The lab's stamp is missing.")));
        List<Mail> toLena = mails.to(lena.email());
        assertTrue(toLena.get(toLena.size() - 1).body().contains("The lab's stamp is missing."),
                "the student reads the reason");

        today(first);
        NotAllowedException refused = assertThrows(NotAllowedException.class,
                () -> asCoordinator.call(() -> placements.start(lena.placementId())));
        assertEquals("compliance.notReady", refused.messageKey());
        assertEquals("Drug screen", refused.arguments()[1]);
        assertEquals(PlacementProgress.UPCOMING, asCoordinator.call(() -> placements.one(lena.placementId()))
                .progress(), "not started");

        placing.signInStudent(lena.student(), lena.name());
        Checklist rejected = asStudent.call(() -> mine.checklist(application));
        assertEquals("The lab's stamp is missing.", row(rejected, drug.id()).rejectionReason());
        assertEquals("compliance.alreadyVerified", assertThrows(NotAllowedException.class, () -> asStudent.call(
                () -> mine.usePassport(application, bls.id()))).messageKey());
        asStudent.call(() -> mine.upload(application, drug.id(), first.plusMonths(2), "screen.pdf",
                SampleFiles.pdf("Drug screen: negative, stamped")));

        placing.signInStaff(a, a.coordinator());
        asCoordinator.call(() -> checks.verify(row(asCoordinator.call(() -> checks.of(lena.placementId())),
                drug.id()).itemId()));
        assertTrue(dashboardRow(lena.placementId()).green(), "green once all are verified");
        assertEquals(PlacementProgress.STARTED, asCoordinator.call(() -> placements.start(lena.placementId()))
                .progress());
    }

    @Test
    void aRetiredRequirementKeepsWhatWasHandedInAndNoLongerHoldsTheStart() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed omar = placing.place(a, "Omar Haddad", List.of(a.attending()));
        placing.signInStaff(a, a.coordinator());
        RequirementDto visa = asCoordinator.call(() -> requirements.add(new RequirementCommand("Visa documents",
                RequirementKind.VISA_DOCUMENTS, null, false, null, null)));
        long otherExternship = placing.externship(a, List.of(new org.externship.portal.listing.entity.PeriodDraft(
                LocalDate.now().plusMonths(6), LocalDate.now().plusMonths(7), 2))).id();
        placing.signInStaff(a, a.coordinator());
        RequirementDto elsewhere = asCoordinator.call(() -> requirements.add(new RequirementCommand("Titers",
                RequirementKind.IMMUNISATION, otherExternship, false, null, DocumentType.IMMUNIZATIONS)));

        placing.signInStudent(omar.student(), omar.name());
        Checklist list = asStudent.call(() -> mine.checklist(omar.applicationId()));
        assertEquals(List.of("Visa documents"), list.unmet(), "a requirement of another externship does not apply");
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> mine.upload(omar.applicationId(),
                elsewhere.id(), null, "titers.pdf", SampleFiles.pdf("Titers"))));
        asStudent.call(() -> mine.upload(omar.applicationId(), visa.id(), null, "visa.pdf", SampleFiles.pdf("B1")));

        placing.signInStaff(a, a.coordinator());
        asCoordinator.call(() -> requirements.retire(visa.id()));
        assertTrue(asCoordinator.call(requirements::current).stream().noneMatch(r -> r.id() == visa.id()));
        Checklist kept = asCoordinator.call(() -> checks.of(omar.placementId()));
        ItemDto old = row(kept, visa.id());
        assertTrue(old.retired(), "kept on record");
        assertEquals(ItemStatus.SUBMITTED, old.status());
        assertTrue(kept.ready());
        assertNotNull(asCoordinator.call(() -> checks.evidence(old.itemId())));
        today(kept.startDate());
        assertEquals(PlacementProgress.STARTED, asCoordinator.call(() -> placements.start(omar.placementId()))
                .progress());
    }

    @Test
    void anExpiryWarningGoesOutOnceAndALapsedItemTurnsRed() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed sam = placing.place(a, "Sam Okafor", List.of(a.attending()));
        placing.signInStaff(a, a.coordinator());
        RequirementDto bls = asCoordinator.call(() -> requirements.add(new RequirementCommand("BLS card",
                RequirementKind.BLS, null, true, null, null)));
        placing.signInStudent(sam.student(), sam.name());
        LocalDate lastDay = asStudent.call(() -> mine.checklist(sam.applicationId())).startDate().minusDays(10);
        asStudent.call(() -> mine.upload(sam.applicationId(), bls.id(), lastDay, "bls.pdf", SampleFiles.pdf("BLS")));
        placing.signInStaff(a, a.coordinator());
        long item = row(asCoordinator.call(() -> checks.of(sam.placementId())), bls.id()).itemId();
        asCoordinator.call(() -> checks.verify(item));

        assertEquals(0, warnings(sam, lastDay.minusDays(31)), "not yet");
        assertEquals(1, warnings(sam, lastDay.minusDays(30)), "30 days ahead");
        assertEquals(0, warnings(sam, lastDay.minusDays(29)), "once");
        placing.signInStaff(a, a.coordinator());
        today(lastDay.minusDays(10));
        assertEquals(Standing.EXPIRING, row(asCoordinator.call(() -> checks.of(sam.placementId())), bls.id())
                .standing());
        assertTrue(dashboardRow(sam.placementId()).green(), "still valid: amber, not red");
        today(lastDay.plusDays(1));
        assertEquals(Standing.LAPSED, row(asCoordinator.call(() -> checks.of(sam.placementId())), bls.id())
                .standing());
        assertEquals(List.of("BLS card"), dashboardRow(sam.placementId()).missing(), "lapsed: red");
    }

    @Test
    void anotherHospitalsCoordinatorAndAnotherStudentReachNothing() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        Placed omar = placing.place(a, "Omar Haddad", List.of(a.attending()));
        placing.signInStaff(a, a.coordinator());
        RequirementDto hipaa = asCoordinator.call(() -> requirements.add(new RequirementCommand("HIPAA training",
                RequirementKind.HIPAA_TRAINING, null, false, null, null)));
        placing.signInStudent(lena.student(), lena.name());
        asStudent.call(() -> mine.upload(lena.applicationId(), hipaa.id(), null, "hipaa.pdf",
                SampleFiles.pdf("HIPAA")));
        placing.signInStaff(a, a.coordinator());
        long item = row(asCoordinator.call(() -> checks.of(lena.placementId())), hipaa.id()).itemId();

        placing.signInStaff(b, b.coordinator());
        assertEquals(List.of(), asCoordinator.call(requirements::current));
        assertTrue(asCoordinator.call(checks::dashboard).stream()
                .noneMatch(p -> p.placementId() == lena.placementId()));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> checks.of(lena.placementId())));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> checks.evidence(item)));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> checks.verify(item)));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(
                () -> checks.reject(new RejectCommand(item, "No."))));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> requirements.retire(hipaa.id())));

        placing.signInStudent(omar.student(), omar.name());
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> mine.checklist(lena.applicationId())));
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> mine.upload(lena.applicationId(),
                hipaa.id(), null, "hipaa.pdf", SampleFiles.pdf("HIPAA"))));
        assertNull(row(asStudent.call(() -> mine.checklist(omar.applicationId())), hipaa.id()).itemId(),
                "his own checklist, not hers");
        assertEquals(List.of(omar.applicationId()), asStudent.call(mine::checklists).stream()
                .map(Checklist::applicationId).toList());

        assertThrows(EJBAccessException.class, () -> asStudent.call(checks::dashboard));
        assertThrows(EJBAccessException.class, () -> asStudent.call(requirements::current));
        placing.signInStaff(a, a.coordinator());
        assertThrows(EJBAccessException.class, () -> asCoordinator.call(mine::checklists));
    }

    @Test
    void onlyActiveCoordinatorsAreToldThatSomethingWaitsForACheck() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffMember gone = data.staff(a.alias(), StaffRole.COORDINATOR, "Gone Coordinator");
        data.deactivate(a.alias(), gone.id());
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        placing.signInStaff(a, a.coordinator());
        RequirementDto policy = asCoordinator.call(() -> requirements.add(new RequirementCommand("Signed policy",
                RequirementKind.SIGNED_POLICY, null, false, null, null)));
        placing.signInStudent(lena.student(), lena.name());
        asStudent.call(() -> mine.upload(lena.applicationId(), policy.id(), null, "policy.pdf",
                SampleFiles.pdf("Signed")));

        assertEquals(1, mails.to(a.coordinator().email()).stream()
                .filter(m -> m.subject().startsWith("Lena Petrova handed in")).count());
        assertEquals(0, mails.to(gone.email()).stream()
                .filter(m -> m.subject().startsWith("Lena Petrova handed in")).count(),
                "a deactivated coordinator is never mailed");
    }

    @Test
    void aStudentSeesTheChecklistOfEveryPlacementInEveryHospitalWithEachItemsStanding() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        LocalDate firstAtA = asStudent.call(() -> mine.checklist(lena.applicationId())).startDate();
        Placed lenaAtB = placing.placeAgain(lena, b, firstAtA.plusMonths(2), List.of(b.attending()));
        LocalDate today = LocalDate.now();
        today(today);

        placing.signInStaff(a, a.coordinator());
        RequirementDto bls = asCoordinator.call(() -> requirements.add(new RequirementCommand("BLS provider card",
                RequirementKind.BLS, null, true, null, DocumentType.BLS)));
        RequirementDto drug = asCoordinator.call(() -> requirements.add(new RequirementCommand("Drug screen",
                RequirementKind.DRUG_SCREEN, null, true, 3, null)));
        RequirementDto policy = asCoordinator.call(() -> requirements.add(new RequirementCommand("Signed policy",
                RequirementKind.SIGNED_POLICY, null, false, null, null)));
        placing.signInStaff(b, b.coordinator());
        RequirementDto hipaa = asCoordinator.call(() -> requirements.add(new RequirementCommand("HIPAA training",
                RequirementKind.HIPAA_TRAINING, null, false, null, null)));
        RequirementDto background = asCoordinator.call(() -> requirements.add(new RequirementCommand(
                "Background check", RequirementKind.BACKGROUND_CHECK, null, true, 12, null)));
        RequirementDto malpractice = asCoordinator.call(() -> requirements.add(new RequirementCommand(
                "Malpractice proof", RequirementKind.MALPRACTICE, null, false, null, null)));

        placing.signInStudent(lena.student(), lena.name());
        asStudent.call(() -> mine.usePassport(lena.applicationId(), bls.id()));
        asStudent.call(() -> mine.upload(lena.applicationId(), drug.id(), today.plusDays(10), "screen.pdf",
                SampleFiles.pdf("Drug screen")));
        asStudent.call(() -> mine.upload(lena.applicationId(), policy.id(), null, "policy.pdf",
                SampleFiles.pdf("Policy, unsigned")));
        asStudent.call(() -> mine.upload(lenaAtB.applicationId(), hipaa.id(), null, "hipaa.pdf",
                SampleFiles.pdf("HIPAA")));
        asStudent.call(() -> mine.upload(lenaAtB.applicationId(), background.id(), today.plusDays(5),
                "background.pdf", SampleFiles.pdf("Background check")));

        placing.signInStaff(a, a.coordinator());
        Checklist atA = asCoordinator.call(() -> checks.of(lena.placementId()));
        asCoordinator.call(() -> checks.verify(row(atA, bls.id()).itemId()));
        asCoordinator.call(() -> checks.verify(row(atA, drug.id()).itemId()));
        asCoordinator.call(() -> checks.reject(new RejectCommand(row(atA, policy.id()).itemId(),
                "The signature is missing.")));
        placing.signInStaff(b, b.coordinator());
        asCoordinator.call(() -> checks.verify(row(asCoordinator.call(() -> checks.of(lenaAtB.placementId())),
                background.id()).itemId()));

        today(today.plusDays(6));
        placing.signInStudent(lena.student(), lena.name());
        List<Checklist> both = asStudent.call(mine::checklists);
        assertEquals(List.of(lena.applicationId(), lenaAtB.applicationId()),
                both.stream().map(Checklist::applicationId).toList(), "both placements, by first day");
        Checklist first = both.get(0);
        Checklist second = both.get(1);
        assertEquals(a.hospital().name(), first.hospitalName());
        assertEquals(lena.externshipTitle(), first.externshipTitle());
        assertEquals(firstAtA, first.startDate());
        assertEquals(b.hospital().name(), second.hospitalName());
        assertEquals(lenaAtB.externshipTitle(), second.externshipTitle());
        assertEquals(firstAtA.plusMonths(2), second.startDate());
        assertEquals(lenaAtB.placementId(), second.placementId());

        assertEquals(List.of("BLS provider card", "Drug screen", "Signed policy"),
                first.items().stream().map(ItemDto::requirement).toList(), "only hospital a's requirements");
        assertEquals(Standing.VERIFIED, row(first, bls.id()).standing());
        assertTrue(row(first, bls.id()).fromPassport());
        assertEquals(Standing.EXPIRING, row(first, drug.id()).standing());
        assertEquals(Standing.REJECTED, row(first, policy.id()).standing());
        assertEquals("The signature is missing.", row(first, policy.id()).rejectionReason());
        assertEquals(Standing.SUBMITTED, row(second, hipaa.id()).standing());
        assertEquals(Standing.LAPSED, row(second, background.id()).standing());
        assertEquals(Standing.MISSING, row(second, malpractice.id()).standing());
        assertNull(row(second, malpractice.id()).itemId());
        assertEquals(List.of("Drug screen", "Signed policy"), first.openItems().stream()
                .map(ItemDto::requirement).toList(), "what she may hand in again");
        assertEquals(List.of("Background check", "HIPAA training", "Malpractice proof"), second.unmet());
        assertEquals(asStudent.call(() -> mine.checklist(lenaAtB.applicationId())).items(), second.items(),
                "the same checklist as the placement's own");

        placing.signInStaff(b, b.coordinator());
        asCoordinator.call(() -> requirements.retire(hipaa.id()));
        placing.signInStudent(lena.student(), lena.name());
        ItemDto retired = row(asStudent.call(mine::checklists).get(1), hipaa.id());
        assertTrue(retired.retired(), "what she handed in for a retired requirement stays on her list");
        assertEquals(ItemStatus.SUBMITTED, retired.status());
    }

    @Test
    void aStudentDownloadsTheirOwnEvidenceWhileAnotherStudentAndAnotherHospitalsCoordinatorCannot()
            throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        Placed omar = placing.place(a, "Omar Haddad", List.of(a.attending()));
        LocalDate start = asStudent.call(() -> mine.checklist(omar.applicationId())).startDate();
        Placed lenaAtB = placing.placeAgain(lena, b, start.plusMonths(1), List.of(b.attending()));
        placing.signInStaff(a, a.coordinator());
        RequirementDto policy = asCoordinator.call(() -> requirements.add(new RequirementCommand("Signed policy",
                RequirementKind.SIGNED_POLICY, null, false, null, null)));
        placing.signInStaff(b, b.coordinator());
        RequirementDto hipaa = asCoordinator.call(() -> requirements.add(new RequirementCommand("HIPAA training",
                RequirementKind.HIPAA_TRAINING, null, false, null, null)));
        byte[] signed = SampleFiles.pdf("Signed by Lena Petrova");
        byte[] training = SampleFiles.png();

        placing.signInStudent(lena.student(), lena.name());
        asStudent.call(() -> mine.upload(lena.applicationId(), policy.id(), null, "policy.pdf", signed));
        asStudent.call(() -> mine.upload(lenaAtB.applicationId(), hipaa.id(), null, "hipaa.png", training));
        List<Checklist> hers = asStudent.call(mine::checklists);
        long atA = row(hers.get(0), policy.id()).itemId();
        long atB = row(hers.get(1), hipaa.id()).itemId();
        Evidence own = asStudent.call(() -> mine.evidence(atA));
        assertArrayEquals(signed, own.content(), "she downloads what she handed in");
        assertEquals("application/pdf", own.contentType());
        assertEquals("policy.pdf", own.fileName());
        Evidence elsewhere = asStudent.call(() -> mine.evidence(atB));
        assertArrayEquals(training, elsewhere.content(), "and what she handed in at the other hospital");
        assertEquals("image/png", elsewhere.contentType());

        placing.signInStudent(omar.student(), omar.name());
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> mine.evidence(atA)),
                "another student of the same hospital, with her item's id");
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> mine.evidence(atB)));
        assertThrows(EJBAccessException.class, () -> asStudent.call(() -> checks.evidence(atA)),
                "a student through the coordinators' door");
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> mine.evidence(Long.MAX_VALUE)));

        placing.signInStaff(b, b.coordinator());
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> checks.evidence(atA)),
                "hospital b's coordinator, for hospital a's item");
        assertArrayEquals(training, asCoordinator.call(() -> checks.evidence(atB)).content(),
                "hospital b's coordinator, for its own placement's item");
        assertThrows(EJBAccessException.class, () -> asCoordinator.call(() -> mine.evidence(atA)),
                "a coordinator through the students' door");
        placing.signInStaff(a, a.coordinator());
        assertArrayEquals(signed, asCoordinator.call(() -> checks.evidence(atA)).content());
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> checks.evidence(atB)));
    }

    @Test
    void theStudentsChecklistsCostTheSameStatementsForOneOrManyPlacementsAndHospitals() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        Placed sam = placing.place(a, "Sam Okafor", List.of(a.attending()));
        placing.signInStaff(a, a.coordinator());
        RequirementDto bls = asCoordinator.call(() -> requirements.add(new RequirementCommand("BLS",
                RequirementKind.BLS, null, true, null, DocumentType.BLS)));
        placing.signInStaff(b, b.coordinator());
        asCoordinator.call(() -> requirements.add(new RequirementCommand("HIPAA training",
                RequirementKind.HIPAA_TRAINING, null, false, null, null)));
        placing.signInStudent(sam.student(), sam.name());
        asStudent.call(() -> mine.usePassport(sam.applicationId(), bls.id()));
        long one = statements(() -> asStudent.call(mine::checklists));
        assertEquals(1, asStudent.call(mine::checklists).size());

        LocalDate start = asStudent.call(() -> mine.checklist(sam.applicationId())).startDate();
        Placed atB = placing.placeAgain(sam, b, start.plusMonths(1), List.of(b.attending()));
        placing.placeAgain(sam, a, start.plusMonths(2), List.of(a.attending()));
        placing.placeAgain(sam, b, start.plusMonths(3), List.of(b.attending()));
        placing.signInStudent(sam.student(), sam.name());
        asStudent.call(() -> mine.upload(atB.applicationId(), asStudent.call(() -> mine.checklist(
                atB.applicationId())).items().get(0).requirementId(), null, "hipaa.pdf", SampleFiles.pdf("HIPAA")));
        long four = statements(() -> asStudent.call(mine::checklists));
        assertEquals(4, asStudent.call(mine::checklists).size());
        assertEquals(one, four, "a constant number of statements, whatever the placements and their hospitals");
    }

    @Test
    void theDashboardCostsTheSameStatementsForOneOrManyPlacements() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed first = placing.place(a, "One Student", List.of(a.attending()));
        LocalDate start = asStudent.call(() -> mine.checklist(first.applicationId())).startDate();
        today(start.minusDays(10));
        placing.signInStaff(a, a.coordinator());
        asCoordinator.call(() -> requirements.add(new RequirementCommand("BLS", RequirementKind.BLS, null, false,
                null, null)));
        long one = statements(() -> asCoordinator.call(checks::dashboard));
        clock.use(null);
        placing.place(a, "Two Student", List.of(a.attending()));
        placing.place(a, "Three Student", List.of(a.attending()));
        today(start.minusDays(10));
        placing.signInStaff(a, a.coordinator());
        long three = statements(() -> asCoordinator.call(checks::dashboard));
        assertEquals(3, asCoordinator.call(checks::dashboard).size());
        assertEquals(one, three, "a constant number of statements");
    }

    private long statements(Callable<?> call) throws Exception {
        call.call(); // warm
        long before = SqlStatements.byThisThread();
        call.call();
        return SqlStatements.byThisThread() - before;
    }

    private int warnings(Placed student, LocalDate day) {
        today(day);
        int before = mails.to(student.email()).size();
        watch.run();
        return mails.to(student.email()).size() - before;
    }

    private PlacementCompliance dashboardRow(long placementId) throws Exception {
        return asCoordinator.call(checks::dashboard).stream().filter(p -> p.placementId() == placementId)
                .findFirst().orElseThrow();
    }

    private static ItemDto row(Checklist checklist, long requirementId) {
        return checklist.items().stream().filter(i -> i.requirementId() == requirementId).findFirst().orElseThrow();
    }

    private void today(LocalDate day) {
        clock.use(Clock.fixed(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
    }
}

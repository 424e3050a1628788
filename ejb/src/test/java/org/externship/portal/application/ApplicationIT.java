package org.externship.portal.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import org.externship.portal.application.boundary.ApplicationDetail;
import org.externship.portal.application.boundary.ApplicationReview;
import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.application.boundary.ApplyCommand;
import org.externship.portal.application.boundary.ExportedApplication;
import org.externship.portal.application.boundary.MyApplications;
import org.externship.portal.application.boundary.NotEligibleException;
import org.externship.portal.application.boundary.QueueFilter;
import org.externship.portal.application.boundary.QueueOpening;
import org.externship.portal.application.boundary.TimelineEntry;
import org.externship.portal.application.control.OfferHousekeeping;
import org.externship.portal.application.entity.Actor;
import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.listing.ListingBackdoor;
import org.externship.portal.listing.boundary.ExternshipSearch;
import org.externship.portal.listing.boundary.ExternshipSummary;
import org.externship.portal.listing.boundary.ExternshipTitle;
import org.externship.portal.listing.boundary.Externships;
import org.externship.portal.listing.boundary.SearchCriteria;
import org.externship.portal.listing.entity.ListingStatus;
import org.externship.portal.listing.entity.PeriodDraft;
import org.externship.portal.notification.boundary.NotificationDto;
import org.externship.portal.notification.boundary.Notifications;
import org.externship.portal.passport.boundary.Passports;
import org.externship.portal.passport.entity.DocumentKind;
import org.externship.portal.passport.entity.PassportProfile;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.boundary.Placements;
import org.externship.portal.qualification.entity.EcfmgStatus;
import org.externship.portal.qualification.entity.ExamResult;
import org.externship.portal.qualification.entity.VisaStatus;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.Page;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.control.SqlStatements;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.testing.AsAttending;
import org.externship.portal.testing.AsCoordinator;
import org.externship.portal.testing.AsStudent;
import org.externship.portal.testing.PlacedStudents;
import org.externship.portal.testing.Postings;
import org.externship.portal.testing.StaffedHospital;
import org.externship.portal.testing.TestData;
import org.externship.portal.testing.Unique;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Applications end to end inside the container: a student applies, the hospital reviews and offers, the student
 * accepts and a placement follows; offers never exceed seats, also when two coordinators offer the last seat at the
 * same moment; an unanswered offer lapses and frees its seat; each side is notified; another hospital and another
 * student reach nothing of it by any id.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationIT {

    private static final LocalDate START = LocalDate.now().plusMonths(4).withDayOfMonth(1);

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser currentUser;

    @Inject
    Externships externships;

    @Inject
    MyApplications myApplications;

    @Inject
    ApplicationReview review;

    @Inject
    Placements placements;

    @Inject
    ListingBackdoor listings;

    @Inject
    ExternshipSearch search;

    @Inject
    MyPlacements myPlacements;

    @Inject
    Notifications notifications;

    @Inject
    OfferHousekeeping housekeeping;

    @Inject
    Passports passports;

    @Inject
    TestData data;

    @Inject
    PlacedStudents placing;

    @Inject
    AsCoordinator asCoordinator;

    @Inject
    AsStudent asStudent;

    @Inject
    AsAttending asAttending;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aStudentAppliesTheHospitalOffersTheStudentAcceptsAndAPlacementFollows() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        ExternshipSummary posted = publish(a, 2);
        String student = newStudent("Amara Okafor");

        ApplicationDetail applied = asStudent.call(() -> myApplications.apply(new ApplyCommand(
                posted.periods().get(0).id(), "I want to learn inpatient medicine in a US teaching hospital.", true)));
        long id = applied.summary().id();
        assertEquals(ApplicationStatus.SUBMITTED, applied.summary().status());
        assertEquals(posted.title(), applied.summary().externshipTitle());
        assertEquals(a.hospital().name(), applied.summary().hospitalName());
        assertEquals(Set.of(ApplicationStatus.WITHDRAWN), applied.nextMoves());

        signInStaff(a, a.coordinator());
        assertTrue(asCoordinator.call(() -> review.queue(QueueFilter.everything(), 0, 20)).rows().stream()
                .anyMatch(row -> row.id() == id && row.studentName().equals("Amara Okafor")));
        assertTrue(notificationsNow().stream().anyMatch(n -> n.applicationId() == id
                && n.status() == ApplicationStatus.SUBMITTED), "the hospital's coordinators are told");
        asCoordinator.call(() -> review.move(id, ApplicationStatus.INTERVIEW, "Video call on Tuesday"));
        ApplicationDetail offered = asCoordinator.call(() -> review.offer(id, 7, null));
        assertEquals(ApplicationStatus.OFFERED, offered.summary().status());
        Instant expires = offered.summary().offerExpiresAt();
        assertTrue(expires.isAfter(Instant.now().plusSeconds(6 * 24 * 3600)), "the offer holds the seat 7 days");

        signInStudent(student, "Amara Okafor");
        assertTrue(notificationsNow().stream().anyMatch(n -> n.applicationId() == id
                && n.status() == ApplicationStatus.OFFERED && n.unread()), "the student is told of the offer");
        ApplicationDetail accepted = asStudent.call(() -> myApplications.accept(id));
        assertEquals(ApplicationStatus.ACCEPTED, accepted.summary().status());
        assertEquals(List.of(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.INTERVIEW,
                ApplicationStatus.OFFERED, ApplicationStatus.ACCEPTED),
                accepted.timeline().stream().map(e -> e.status()).toList(), "every step is on the timeline");
        assertEquals("Video call on Tuesday", accepted.timeline().get(2).note());
        assertEquals(Actor.COORDINATOR, accepted.timeline().get(2).actor());
        PlacementDto placement = asStudent.call(() -> myPlacements.ofApplication(id)).orElseThrow();
        assertEquals(posted.periods().get(0).startDate(), placement.startDate());

        signInStaff(a, a.coordinator());
        PlacementDto supervised = asCoordinator.call(() -> placements.assignAttendings(placement.id(),
                List.of(a.attending().id(), a.otherAttending().id())));
        assertEquals(Set.of(a.attending().fullName(), a.otherAttending().fullName()),
                Set.copyOf(supervised.attendings().stream().map(PlacementDto.Supervisor::name).toList()));
        assertTrue(asCoordinator.call(placements::all).stream().anyMatch(p -> p.id() == placement.id()));
        signInStaff(a, a.attending());
        assertTrue(asAttending.call(placements::supervisedByMe).stream().anyMatch(p -> p.id() == placement.id()
                && p.studentName().equals("Amara Okafor")), "the attending sees the extern they supervise");
        assertEquals("Amara Okafor", asAttending.call(() -> placements.supervisedByMe(placement.id())).studentName(),
                "and opens the placement's end-of-placement task");
        signInStaff(a, a.coordinator());
        asCoordinator.call(() -> placements.assignAttendings(placement.id(), List.of(a.otherAttending().id())));
        signInStaff(a, a.attending());
        assertThrows(NotFoundException.class, () -> asAttending.call(() -> placements.supervisedByMe(placement.id())),
                "no longer named on it, the attending reaches the placement no more");
        signInStaff(a, a.coordinator());
        asCoordinator.call(() -> placements.assignAttendings(placement.id(),
                List.of(a.attending().id(), a.otherAttending().id())));

        signInStudent(student, "Amara Okafor");
        assertEquals(2, asStudent.call(() -> myPlacements.ofApplication(id)).orElseThrow()
                .attendings().size(), "the student sees who supervises");
        asStudent.call(() -> {
            notifications.markAllRead();
            return null;
        });
        assertEquals(0L, asStudent.call(notifications::unread));
    }

    @Test
    void offersNeverExceedSeatsEvenWhenTwoCoordinatorsOfferTheLastSeatAtOnce() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffMember second = data.staff(a.alias(), StaffRole.COORDINATOR,
                Unique.name("Coordinator"));
        for (int round = 0; round < 3; round++) {
            ExternshipSummary posted = publish(a, 1);
            long period = posted.periods().get(0).id();
            long first = applyAs(newStudent("Student one"), period);
            long other = applyAs(newStudent("Student two"), period);

            CyclicBarrier together = new CyclicBarrier(2);
            Future<String> one = executor.submit(offerAt(together, a, a.coordinator(), first));
            Future<String> two = executor.submit(offerAt(together, a, second, other));
            List<String> outcomes = new ArrayList<>(List.of(one.get(60, TimeUnit.SECONDS),
                    two.get(60, TimeUnit.SECONDS)));

            assertEquals(1, outcomes.stream().filter("offered"::equals).count(), outcomes::toString);
            assertEquals(1, outcomes.stream().filter(o -> o.equals("application.noSeat")
                    || o.equals("application.seatBusy")).count(), outcomes::toString);
            signInStaff(a, a.coordinator());
            assertEquals(1, asCoordinator.call(() -> review.queue(new QueueFilter(Set.of(ApplicationStatus.OFFERED),
                    posted.id(), null, null, false), 0, 10)).total(), "one offer for the one seat");
        }
    }

    @Test
    void aPeriodKeepsTheSeatsItsOffersHoldAndStaysWhileItHasApplications() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        ExternshipSummary posted = publish(a, 3);
        ExternshipSummary.Period period = posted.periods().get(0);
        long first = applyAs(newStudent("First"), period.id());
        long second = applyAs(newStudent("Second"), period.id());
        signInStaff(a, a.coordinator());
        asCoordinator.call(() -> review.offer(first, 7, null));
        asCoordinator.call(() -> review.offer(second, 7, null));

        NotAllowedException fewer = assertThrows(NotAllowedException.class, () -> asCoordinator.call(
                () -> externships.update(posted.id(), Postings.draft(posted.title(), "Fewer seats.",
                        List.of(new PeriodDraft(period.id(), period.startDate(), period.endDate(), 1))))));
        assertEquals("listing.seatsBelowTaken", fewer.messageKey());
        assertEquals(2L, fewer.arguments()[1]);
        NotAllowedException removed = assertThrows(NotAllowedException.class, () -> asCoordinator.call(
                () -> externships.update(posted.id(), Postings.draft(posted.title(), "Other dates.",
                        List.of(new PeriodDraft(period.startDate().plusMonths(2), period.endDate().plusMonths(2),
                                3))))));
        assertEquals("listing.periodHasApplications", removed.messageKey());
        assertEquals(3, asCoordinator.call(() -> externships.find(posted.id())).periods().get(0).seats(),
                "nothing changed");

        ExternshipSummary twoSeats = asCoordinator.call(() -> externships.update(posted.id(),
                Postings.draft(posted.title(), "Exactly the seats taken.",
                        List.of(new PeriodDraft(period.id(), period.startDate(), period.endDate(), 2)))));
        assertEquals(2, twoSeats.periods().get(0).seats());
        assertEquals(period.id(), twoSeats.periods().get(0).id());
    }

    @Test
    void seatsLeftFollowOffersAcceptancesAndWhatGivesThemBack() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        ExternshipSummary posted = publish(a, 2);
        long period = posted.periods().get(0).id();
        String first = newStudent("First to answer");
        String second = newStudent("Second to answer");
        long firstApplication = applyAs(first, period);
        long secondApplication = applyAs(second, period);
        assertEquals(2, seatsLeftPublicly(posted.id()), "nobody holds a seat yet");

        signInStaff(a, a.coordinator());
        asCoordinator.call(() -> review.offer(firstApplication, 7, null));
        assertEquals(1, seatsLeftPublicly(posted.id()), "an open offer holds a seat");
        signInStudent(first, "First to answer");
        asStudent.call(() -> myApplications.accept(firstApplication));
        signInStaff(a, a.coordinator());
        asCoordinator.call(() -> review.offer(secondApplication, 7, null));
        assertEquals(0, asCoordinator.call(() -> externships.find(posted.id())).periods().get(0).seatsLeft(),
                "the coordinator's list counts the same");
        assertEquals(0, seatsLeftPublicly(posted.id()), "an acceptance and an offer: full");

        signInStudent(second, "Second to answer");
        asStudent.call(() -> myApplications.decline(secondApplication));
        assertEquals(1, seatsLeftPublicly(posted.id()), "a declined offer gives its seat back");
        signInStudent(first, "First to answer");
        asStudent.call(() -> myApplications.withdraw(firstApplication));
        assertEquals(2, seatsLeftPublicly(posted.id()), "a placement given up gives its seat back");
    }

    private int seatsLeftPublicly(long externshipId) {
        return search.details(externshipId).periods().get(0).seatsLeft();
    }

    @Test
    void onlyAStudentWhosePassportMeetsTheRequirementsSubmitsAndTheHospitalSeesThatPassport() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        long period = publish(a, 2).periods().get(0).id();

        String noPassport = UUID.randomUUID().toString();
        signInStudent(noPassport, "No passport yet");
        assertEquals("application.needsPassport", assertThrows(NotAllowedException.class, () -> asStudent.call(
                () -> myApplications.apply(new ApplyCommand(period, "Hello", true)))).messageKey());

        String j1 = newStudent("J-1 student");
        asStudent.call(() -> passports.save(new PassportProfile("Ross University School of Medicine", "Barbados",
                Year.now().getValue() - 1, false, ExamResult.NOT_TAKEN, ExamResult.NOT_TAKEN, null,
                ExamResult.NOT_TAKEN, EcfmgStatus.NOT_STARTED, VisaStatus.J1, Set.of())));
        assertFalse(asStudent.call(() -> myApplications.eligibilityFor(period)).orElseThrow().meetsAll());
        NotEligibleException refused = assertThrows(NotEligibleException.class, () -> asStudent.call(
                () -> myApplications.apply(new ApplyCommand(period, "Hello", true))));
        assertEquals(Set.of("eligibility.step1", "eligibility.visa"),
                Set.copyOf(refused.shortfalls().stream().map(sf -> sf.messageKey()).toList()));
        assertTrue(asStudent.call(myApplications::mine).isEmpty(), "nothing half-written");

        String eligible = newStudent("Eligible student");
        assertTrue(asStudent.call(() -> myApplications.eligibilityFor(period)).orElseThrow().meetsAll());
        long id = applyAs(eligible, period);
        long bls = asStudent.call(passports::mine).document(DocumentKind.BLS).orElseThrow().id();

        signInStaff(a, a.coordinator());
        assertEquals(VisaStatus.B1, asCoordinator.call(() -> review.applicantPassport(id)).orElseThrow().profile()
                .visa());
        assertEquals("application/pdf", asCoordinator.call(() -> review.applicantDocument(id, bls)).document()
                .contentType());
        signInStaff(b, b.coordinator());
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> review.applicantPassport(id)));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> review.applicantDocument(id, bls)));
    }

    @Test
    void aWithdrawnDraftNeverReachesTheHospital() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        long period = publish(a, 2).periods().get(0).id();
        String student = newStudent("Second thoughts");
        long draft = asStudent.call(() -> myApplications.apply(new ApplyCommand(period, "A first version.", false)))
                .summary().id();
        long bls = asStudent.call(passports::mine).document(DocumentKind.BLS).orElseThrow().id();
        assertEquals(ApplicationStatus.WITHDRAWN, asStudent.call(() -> myApplications.withdraw(draft)).summary()
                .status());

        signInStaff(a, a.coordinator());
        assertTrue(notificationsNow().stream().noneMatch(n -> n.applicationId() == draft), "nobody is told");
        QueueFilter withdrawn = new QueueFilter(Set.of(ApplicationStatus.WITHDRAWN), null, null,
                QueueFilter.QueueOrder.UPDATED, true);
        assertTrue(asCoordinator.call(() -> review.queue(withdrawn, 0, 200)).rows().stream()
                .noneMatch(row -> row.id() == draft), "not in the queue, not even among the withdrawn");
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> review.application(draft)));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> review.applicantPassport(draft)));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> review.applicantDocument(draft, bls)));
    }

    @Test
    void theHospitalOpensTheApplicantsPassportOnlyWhileItConsidersTheApplication() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        long period = publish(a, 2).periods().get(0).id();
        String rejectedStudent = newStudent("Not this time");
        long rejected = applyAs(rejectedStudent, period);
        long rejectedBls = asStudent.call(passports::mine).document(DocumentKind.BLS).orElseThrow().id();
        String withdrawingStudent = newStudent("Went elsewhere");
        long withdrawn = applyAs(withdrawingStudent, period);
        long withdrawnBls = asStudent.call(passports::mine).document(DocumentKind.BLS).orElseThrow().id();

        signInStaff(a, a.coordinator());
        assertTrue(asCoordinator.call(() -> review.applicantPassport(rejected)).isPresent(), "while in review");
        assertEquals(rejectedBls, asCoordinator.call(() -> review.applicantDocument(rejected, rejectedBls))
                .document().id());
        asCoordinator.call(() -> review.move(rejected, ApplicationStatus.REJECTED, null));
        assertTrue(asCoordinator.call(() -> review.applicantPassport(rejected)).isEmpty(), "not after a rejection");
        assertThrows(NotFoundException.class,
                () -> asCoordinator.call(() -> review.applicantDocument(rejected, rejectedBls)));
        assertEquals(ApplicationStatus.REJECTED, asCoordinator.call(() -> review.application(rejected)).summary()
                .status(), "the application itself stays readable");

        signInStudent(withdrawingStudent, "Went elsewhere");
        asStudent.call(() -> myApplications.withdraw(withdrawn));
        signInStaff(a, a.coordinator());
        assertTrue(asCoordinator.call(() -> review.applicantPassport(withdrawn)).isEmpty(), "not after a withdrawal");
        assertThrows(NotFoundException.class,
                () -> asCoordinator.call(() -> review.applicantDocument(withdrawn, withdrawnBls)));
    }

    @Test
    void anOfferThatRunsOutFreesItsSeatAndLapses() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        ExternshipSummary posted = publish(a, 1);
        long period = posted.periods().get(0).id();
        String late = newStudent("Late answerer");
        long first = applyAs(late, period);
        long second = applyAs(newStudent("Waiting student"), period);

        signInStaff(a, a.coordinator());
        asCoordinator.call(() -> review.offer(first, 3, null));
        assertEquals("application.noSeat", assertThrows(NotAllowedException.class,
                () -> asCoordinator.call(() -> review.offer(second, 3, null))).messageKey());

        data.runOutOffer(a.alias(), first);
        signInStudent(late, "Late answerer");
        assertEquals("application.offerLapsed", assertThrows(NotAllowedException.class,
                () -> asStudent.call(() -> myApplications.accept(first))).messageKey());

        signInStaff(a, a.coordinator());
        assertEquals(ApplicationStatus.OFFERED, asCoordinator.call(() -> review.offer(second, 3, null)).summary()
                .status(), "the run-out offer no longer holds the seat");
        assertEquals(1, housekeeping.lapseOffers(a.alias(), Instant.now()));
        assertEquals(ApplicationStatus.LAPSED, asCoordinator.call(() -> review.application(first)).summary()
                .status());

        signInStudent(late, "Late answerer");
        assertTrue(notificationsNow().stream().anyMatch(n -> n.applicationId() == first
                && n.status() == ApplicationStatus.LAPSED), "the student is told the offer lapsed");
    }

    @Test
    void aStudentMayGiveUpAnAcceptedPlacementBeforeItStartsAndTheSeatGoesBack() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        ExternshipSummary posted = publish(a, 1);
        long period = posted.periods().get(0).id();
        String changedPlans = newStudent("Changed plans");
        long accepted = applyAs(changedPlans, period);
        long waiting = applyAs(newStudent("Next in line"), period);
        signInStaff(a, a.coordinator());
        asCoordinator.call(() -> review.offer(accepted, 3, null));
        signInStudent(changedPlans, "Changed plans");
        assertTrue(asStudent.call(() -> myApplications.accept(accepted)).nextMoves()
                .contains(ApplicationStatus.WITHDRAWN), "an accepted placement may be given up before it starts");
        signInStaff(a, a.coordinator());
        assertEquals("application.noSeat", assertThrows(NotAllowedException.class,
                () -> asCoordinator.call(() -> review.offer(waiting, 3, null))).messageKey());

        signInStudent(changedPlans, "Changed plans");
        ApplicationDetail givenUp = asStudent.call(() -> myApplications.withdraw(accepted));
        assertEquals(ApplicationStatus.WITHDRAWN, givenUp.summary().status());
        assertTrue(asStudent.call(() -> myPlacements.ofApplication(accepted)).isEmpty(), "no placement any more");
        assertEquals(Set.of(), givenUp.nextMoves());
        assertEquals(List.of(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.OFFERED,
                ApplicationStatus.ACCEPTED, ApplicationStatus.WITHDRAWN),
                givenUp.timeline().stream().map(TimelineEntry::status).toList());

        signInStaff(a, a.coordinator());
        assertTrue(asCoordinator.call(placements::all).stream().noneMatch(p -> p.applicationId() == accepted),
                "the hospital's placements no longer list it");
        assertTrue(notificationsNow().stream().anyMatch(n -> n.applicationId() == accepted
                && n.status() == ApplicationStatus.WITHDRAWN), "the hospital is told");
        assertEquals(ApplicationStatus.OFFERED, asCoordinator.call(() -> review.offer(waiting, 3, null)).summary()
                .status(), "the seat went back to the hospital");
    }

    @Test
    void aPlacementThatHasStartedCannotBeGivenUp() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        long period = publish(a, 1).periods().get(0).id();
        String student = newStudent("On the wards");
        long accepted = applyAs(student, period);
        signInStaff(a, a.coordinator());
        asCoordinator.call(() -> review.offer(accepted, 3, null));
        signInStudent(student, "On the wards");
        asStudent.call(() -> myApplications.accept(accepted));

        data.startRotation(a.alias(), accepted);
        assertEquals(Set.of(), asStudent.call(() -> myApplications.application(accepted)).nextMoves());
        assertEquals("application.placementStarted", assertThrows(NotAllowedException.class,
                () -> asStudent.call(() -> myApplications.withdraw(accepted))).messageKey());
        ApplicationDetail still = asStudent.call(() -> myApplications.application(accepted));
        assertEquals(ApplicationStatus.ACCEPTED, still.summary().status());
        assertTrue(asStudent.call(() -> myPlacements.ofApplication(accepted)).isPresent(), "the placement stays");
    }

    @Test
    void anotherHospitalReachesNoneOfTheApplicationsByAnyId() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        ExternshipSummary posted = publish(a, 2);
        String student = newStudent("Student of A");
        long id = applyAs(student, posted.periods().get(0).id());
        signInStaff(a, a.coordinator());
        asCoordinator.call(() -> review.offer(id, 5, null));
        signInStudent(student, "Student of A");
        asStudent.call(() -> myApplications.accept(id));
        long placement = asStudent.call(() -> myPlacements.ofApplication(id)).orElseThrow().id();
        signInStaff(a, a.coordinator());
        asCoordinator.call(() -> placements.assignAttendings(placement, List.of(a.attending().id())));

        signInStudent(newStudent("Another student"), "Another student");
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> myPlacements.ofApplication(id)),
                "another student reaches no placement through the application's id");
        signInStaff(b, b.attending());
        assertTrue(asAttending.call(placements::supervisedByMe).stream().noneMatch(p -> p.id() == placement));
        assertThrows(NotFoundException.class, () -> asAttending.call(() -> placements.supervisedByMe(placement)));

        signInStaff(b, b.coordinator());
        assertTrue(asCoordinator.call(() -> review.queue(QueueFilter.everything(), 0, 200)).rows().stream()
                .noneMatch(row -> row.id() == id));
        assertTrue(asCoordinator.call(placements::all).stream().noneMatch(p -> p.id() == placement));
        assertTrue(notificationsNow().stream().noneMatch(n -> n.applicationId() == id));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> review.application(id)));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(
                () -> review.move(id, ApplicationStatus.REJECTED, null)));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(
                () -> review.moveAll(List.of(id), ApplicationStatus.REJECTED, null)));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> review.offer(id, 5, null)));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(
                () -> placements.assignAttendings(placement, List.of(b.attending().id()))));

        signInStaff(a, a.coordinator());
        assertThrows(NotFoundException.class, () -> asCoordinator.call(
                () -> placements.assignAttendings(placement, List.of(b.attending().id()))),
                "B's attending cannot supervise at A");
        assertEquals(ApplicationStatus.ACCEPTED, asCoordinator.call(() -> review.application(id)).summary()
                .status(), "unchanged");
    }

    @Test
    void aStudentSeesAllTheirApplicationsAcrossHospitalsAndNobodyElses() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        long atA = publish(a, 2).periods().get(0).id();
        long atB = publish(b, 2).periods().get(0).id();
        String student = newStudent("Two hospitals");
        long first = applyAs(student, atA);
        long second = applyAs(student, atB);
        long someoneElses = applyAs(newStudent("Someone else"), atA);

        signInStudent(student, "Two hospitals");
        List<ApplicationSummary> mine = asStudent.call(myApplications::mine);
        assertEquals(Set.of(first, second), Set.copyOf(mine.stream().map(ApplicationSummary::id).toList()));
        assertEquals(Set.of(a.hospital().name(), b.hospital().name()),
                Set.copyOf(mine.stream().map(ApplicationSummary::hospitalName).toList()));
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> myApplications.application(someoneElses)));
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> myApplications.withdraw(someoneElses)));
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> myApplications.accept(someoneElses)));
        assertEquals("application.already", assertThrows(NotAllowedException.class,
                () -> applyAs(student, atA)).messageKey(), "one application per externship");

        assertEquals(ApplicationStatus.WITHDRAWN, asStudent.call(() -> myApplications.withdraw(first)).summary()
                .status());
    }

    @Test
    void draftsStayWithTheStudentAndClosedPeriodsTakeNoApplications() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        ExternshipSummary posted = publish(a, 2);
        String student = newStudent("Drafting student");
        long draft = asStudent.call(() -> myApplications.apply(new ApplyCommand(posted.periods().get(0).id(),
                "A first version.", false))).summary().id();

        signInStaff(a, a.coordinator());
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> review.application(draft)));
        assertTrue(asCoordinator.call(() -> review.queue(QueueFilter.everything(), 0, 200)).rows().stream()
                .noneMatch(row -> row.id() == draft));
        asCoordinator.call(() -> externships.changeStatus(posted.id(), ListingStatus.PAUSED));

        signInStudent(student, "Drafting student");
        assertEquals("application.periodClosed", assertThrows(NotAllowedException.class, () -> asStudent.call(
                () -> myApplications.revise(draft, "The final version.", true))).messageKey());
        assertEquals(ApplicationStatus.DRAFT, asStudent.call(() -> myApplications.application(draft)).summary()
                .status(), "nothing half-done");

        signInStaff(a, a.coordinator());
        asCoordinator.call(() -> externships.changeStatus(posted.id(), ListingStatus.PUBLISHED));
        signInStudent(student, "Drafting student");
        assertEquals(ApplicationStatus.SUBMITTED, asStudent.call(() -> myApplications.revise(draft,
                "The final version.", true)).summary().status());
        signInStaff(a, a.coordinator());
        asCoordinator.call(() -> externships.changeStatus(posted.id(), ListingStatus.PAUSED));
        newStudent("Too late");
        assertEquals("application.periodClosed", assertThrows(NotAllowedException.class, () -> asStudent.call(
                () -> myApplications.apply(new ApplyCommand(posted.periods().get(0).id(), "Hello", true))))
                .messageKey(), "a paused externship takes no applications");
    }

    @Test
    void aPeriodThatHasStartedTakesNoApplicationsAlthoughTheDeadlineIsAhead() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        ExternshipSummary posted = publish(a, 2);
        long period = posted.periods().get(0).id();
        String student = newStudent("Late starter");
        long draft = asStudent.call(() -> myApplications.apply(new ApplyCommand(period, "A first version.", false)))
                .summary().id();
        SearchCriteria byTitle = SearchCriteria.any().withText(posted.title());
        assertEquals(1, search.find(byTitle, 0, 10).rows().size(), "listed while the period is ahead");
        listings.moveDeadline(a.alias(), posted.id(), LocalDate.now().plusDays(10));
        listings.movePeriodStart(a.alias(), posted.id(), period, LocalDate.now().minusDays(1));

        assertEquals("application.periodClosed", assertThrows(NotAllowedException.class,
                () -> asStudent.call(() -> myApplications.openPeriod(period))).messageKey(), "the apply page");
        assertEquals("application.periodClosed", assertThrows(NotAllowedException.class,
                () -> asStudent.call(() -> myApplications.revise(draft, "The final version.", true))).messageKey(),
                "a draft to a period that has begun cannot be submitted");
        newStudent("Another late starter");
        assertEquals("application.periodClosed", assertThrows(NotAllowedException.class, () -> asStudent.call(
                () -> myApplications.apply(new ApplyCommand(period, "Hello", true)))).messageKey());
        assertTrue(search.details(posted.id()).periods().isEmpty(), "the externship's page offers no period");
        assertEquals(List.of(), search.find(byTitle, 0, 10).rows(), "the search no longer lists it");
    }

    @Test
    void aMoveThatRollsBackTellsNobody() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        long period = publish(a, 2).periods().get(0).id();
        String student = newStudent("Hopeful student");
        long mine = applyAs(student, period);
        long foreign = applyAs(newStudent("Student of B"), publish(b, 2).periods().get(0).id());

        signInStaff(a, a.coordinator());
        assertThrows(NotFoundException.class, () -> asCoordinator.call(
                () -> review.moveAll(List.of(mine, foreign), ApplicationStatus.UNDER_REVIEW, null)));
        assertEquals(ApplicationStatus.SUBMITTED, asCoordinator.call(() -> review.application(mine)).summary()
                .status(), "all or none");
        asCoordinator.call(() -> review.move(mine, ApplicationStatus.INTERVIEW, null));

        signInStudent(student, "Hopeful student");
        List<ApplicationStatus> told = notificationsNow().stream().filter(n -> n.applicationId() == mine)
                .map(NotificationDto::status).toList();
        assertEquals(List.of(ApplicationStatus.INTERVIEW), told,
                "told of the move that was made, not of the one rolled back");
    }

    @Test
    void aQueuePageCostsTheSameFewStatementsWhateverTheNumberOfApplications() throws Exception {
        StaffedHospital small = data.staffedHospital("small");
        StaffedHospital large = data.staffedHospital("large");
        ExternshipSummary smallExternship = publish(small, 5);
        ExternshipSummary largeExternship = publish(large, 5);
        long smallPeriod = smallExternship.periods().get(0).id();
        long largePeriod = largeExternship.periods().get(0).id();
        String onlyApplicant = newStudent("Only applicant");
        applyAs(onlyApplicant, smallPeriod);
        for (int i = 0; i < 60; i++) {
            applyAs(newStudent("Applicant " + i), largePeriod);
        }

        signInStaff(small, small.coordinator());
        long forSmall = statementsOf(() -> asCoordinator.call(() -> review.queue(QueueFilter.everything(), 0, 50)));
        long exportForSmall = statementsOf(() -> asCoordinator.call(() -> review.export(QueueFilter.everything())));
        Page<ExportedApplication> exported = asCoordinator.call(() -> review.export(QueueFilter.everything()));
        assertEquals(List.of("Student " + onlyApplicant.substring(0, 6)), exported.rows().stream()
                .map(ExportedApplication::studentName).toList(), "the download lists the hospital's own applications only");
        assertEquals(1, exported.total());
        assertTrue(exported.rows().get(0).studentEmail().contains("@"), "with the student's e-mail");
        signInStaff(large, large.coordinator());
        long forLarge = statementsOf(() -> asCoordinator.call(() -> review.queue(QueueFilter.everything(), 0, 50)));
        assertEquals(50, asCoordinator.call(() -> review.queue(QueueFilter.everything(), 0, 50)).rows().size());

        assertEquals(2, forSmall, "a count and one query for the rows");
        assertEquals(2, exportForSmall, "the download too: a count and one query");
        long exportForLarge = statementsOf(() -> asCoordinator.call(() -> review.export(QueueFilter.everything())));
        assertEquals(60, asCoordinator.call(() -> review.export(QueueFilter.everything())).rows().size());
        assertEquals(2, exportForLarge, "60 rows: still a count and one query");
        assertEquals(forSmall, forLarge, "1 row or 50 rows: the same statements");

        // the page opens with the hospital's externships and its first rows, in one call
        QueueOpening opening = asCoordinator.call(() -> review.open(QueueFilter.everything(), 0, 50));
        assertEquals(List.of(largeExternship.id()), opening.externships().stream().map(ExternshipTitle::id).toList(),
                "the hospital's own externships only");
        assertEquals(50, opening.page().rows().size());
        assertEquals(60, opening.page().total());
        assertEquals(forLarge + 1, statementsOf(() -> asCoordinator.call(
                () -> review.open(QueueFilter.everything(), 0, 50))), "its externships, a count and the rows");
        signInStaff(small, small.coordinator());
        assertEquals(List.of(smallExternship.id()), asCoordinator.call(
                () -> review.open(QueueFilter.everything(), 0, 50)).externships().stream()
                .map(ExternshipTitle::id).toList());
    }

    private static long statementsOf(Callable<?> page) throws Exception {
        long before = SqlStatements.byThisThread();
        page.call();
        return SqlStatements.byThisThread() - before;
    }

    @Test
    void eachSideUsesOnlyItsOwnBoundary() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        signInStaff(a, a.attending());
        assertThrows(EJBAccessException.class, () -> asAttending.call(() -> review.queue(QueueFilter.everything(),
                0, 10)));
        assertThrows(EJBAccessException.class, () -> asAttending.call(() -> review.export(QueueFilter.everything())));
        assertThrows(EJBAccessException.class, () -> asAttending.call(myApplications::mine));
        assertThrows(EJBAccessException.class, () -> asAttending.call(placements::all));
        assertThrows(EJBAccessException.class, () -> asAttending.call(() -> placements.assignAttendings(1L,
                List.of())));
        signInStaff(a, a.coordinator());
        assertThrows(EJBAccessException.class, () -> asCoordinator.call(myApplications::mine));
        assertThrows(EJBAccessException.class, () -> asCoordinator.call(placements::supervisedByMe));
        newStudent("Curious student");
        assertThrows(EJBAccessException.class, () -> asStudent.call(() -> review.application(1L)));
        assertThrows(EJBAccessException.class, () -> asStudent.call(placements::supervisedByMe));
    }

    private Callable<String> offerAt(CyclicBarrier together, StaffedHospital hospital, StaffMember coordinator,
                                     long application) {
        return () -> {
            RequestContextController request = CDI.current().select(RequestContextController.class).get();
            request.activate();
            try {
                CDI.current().select(TenantContext.class).get().actFor(hospital.alias());
                CDI.current().select(CurrentUser.class).get().signedIn(coordinator.keycloakUserId(),
                        coordinator.fullName(), coordinator.email());
                together.await(30, TimeUnit.SECONDS);
                asCoordinator.call(() -> review.offer(application, 7, null));
                return "offered";
            } catch (PortalException refused) {
                return refused.messageKey();
            } finally {
                request.deactivate();
            }
        };
    }

    private ExternshipSummary publish(StaffedHospital hospital, int seats) throws Exception {
        signInStaff(hospital, hospital.coordinator());
        ExternshipSummary draft = asCoordinator.call(() -> externships.create(
                Postings.draft(Unique.name("Wards"), "Four weeks on the wards.",
                        List.of(new PeriodDraft(START, START.plusWeeks(4), seats)))));
        return asCoordinator.call(() -> externships.changeStatus(draft.id(), ListingStatus.PUBLISHED));
    }

    private long applyAs(String student, long period) throws Exception {
        signInStudent(student, "Student " + student.substring(0, 6));
        return asStudent.call(() -> myApplications.apply(new ApplyCommand(period,
                "Statement for the program.", true))).summary().id();
    }

    private List<NotificationDto> notificationsNow() throws Exception {
        return currentUser.isKnown() && tenant.tenantId().isPresent()
                ? asCoordinator.call(notifications::latest)
                : asStudent.call(notifications::latest);
    }

    /** A new student, signed in, with a passport that meets {@link Postings#draft}'s requirements. */
    private String newStudent(String name) throws Exception {
        return placing.newStudent(name);
    }

    private void signInStudent(String subject, String name) {
        placing.signInStudent(subject, name);
    }

    private void signInStaff(StaffedHospital hospital, StaffMember member) {
        placing.signInStaff(hospital, member);
    }
}

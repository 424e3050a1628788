package org.externship.portal.listing;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.externship.portal.Deployments;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.listing.boundary.ExternshipSummary;
import org.externship.portal.listing.boundary.ExternshipTitle;
import org.externship.portal.listing.boundary.Externships;
import org.externship.portal.listing.entity.ClinicalSetting;
import org.externship.portal.listing.entity.ExternshipType;
import org.externship.portal.listing.entity.ListingDraft;
import org.externship.portal.listing.entity.ListingStatus;
import org.externship.portal.listing.entity.PeriodDraft;
import org.externship.portal.qualification.entity.DocumentType;
import org.externship.portal.qualification.entity.Requirements;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.testing.AsAttending;
import org.externship.portal.testing.AsCoordinator;
import org.externship.portal.testing.AsStudent;
import org.externship.portal.testing.StaffedHospital;
import org.externship.portal.testing.TestData;
import org.externship.portal.testing.Unique;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coordinators post externships for their own hospital only: write, publish, pause, close; no promise of a
 * residency; bad input names its fields; another hospital's externships are not found by any id.
 */
@ExtendWith(ArquillianExtension.class)
class ListingIT {

    private static final LocalDate START = LocalDate.now().plusMonths(3).withDayOfMonth(1);

    @Deployment
    public static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser currentUser;

    @Inject
    Externships externships;

    @Inject
    TestData data;

    @Inject
    AsCoordinator asCoordinator;

    @Inject
    AsAttending asAttending;

    @Inject
    AsStudent asStudent;

    static ListingDraft draft(String title, String description, List<PeriodDraft> periods) {
        return new ListingDraft(title, ExternshipType.HANDS_ON_CLINICAL, Specialty.INTERNAL_MEDICINE,
                ClinicalSetting.INPATIENT, "Brooklyn", "NY", description,
                "Take histories, examine patients and present them on rounds; draft notes co-signed by the attending.",
                4, START.minusWeeks(6),
                new Requirements(5, true, true, false, null, false, false, Set.of(VisaStatus.B1),
                        Set.of(DocumentType.BLS)),
                false, 150_000L, "Administration and EMR access", "Full refund until 30 days before the start",
                "Attendings write letters for externs who worked with them for at least 4 weeks", periods);
    }

    static List<PeriodDraft> oneMonth() {
        return List.of(new PeriodDraft(START, START.plusWeeks(4), 3));
    }

    @Test
    void aCoordinatorWritesPublishesPausesAndClosesAnExternship() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        signIn(a, a.coordinator());
        String title = Unique.name("Internal medicine wards");

        ExternshipSummary draft = asCoordinator.call(() -> externships.create(draft(title,
                "Four weeks on the teaching wards.", oneMonth())));
        assertEquals(ListingStatus.DRAFT, draft.status());
        assertEquals(1, draft.periods().size());
        assertEquals(3, draft.periods().get(0).seats());

        long id = draft.id();
        assertEquals(ListingStatus.PUBLISHED, asCoordinator.call(() -> externships.changeStatus(id,
                ListingStatus.PUBLISHED)).status());
        assertEquals(ListingStatus.PAUSED, asCoordinator.call(() -> externships.changeStatus(id,
                ListingStatus.PAUSED)).status());
        assertEquals(ListingStatus.CLOSED, asCoordinator.call(() -> externships.changeStatus(id,
                ListingStatus.CLOSED)).status());

        NotAllowedException reopened = assertThrows(NotAllowedException.class,
                () -> asCoordinator.call(() -> externships.changeStatus(id, ListingStatus.PUBLISHED)));
        assertEquals("listing.transition", reopened.messageKey());
        assertEquals("listing.closed", assertThrows(NotAllowedException.class, () -> asCoordinator.call(
                () -> externships.update(id, draft(title, "Changed after closing", oneMonth())))).messageKey());
        assertTrue(asCoordinator.call(externships::mine).stream().anyMatch(e -> e.id() == id));
    }

    @Test
    void savingKeepsEachPeriodsIdRemovesTheUnlistedAndAddsTheNew() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        signIn(a, a.coordinator());
        String title = Unique.name("Cardiology clinic");
        ExternshipSummary created = asCoordinator.call(() -> externships.create(draft(title, "Clinic weeks.",
                List.of(new PeriodDraft(START, START.plusWeeks(4), 2),
                        new PeriodDraft(START.plusMonths(2), START.plusMonths(2).plusWeeks(4), 3)))));
        long id = created.id();
        ExternshipSummary.Period first = created.periods().get(0);
        ExternshipSummary.Period second = created.periods().get(1);

        ListingDraft changed = asCoordinator.call(() -> externships.draft(id));
        assertEquals(List.of(first.id(), second.id()), changed.periods().stream().map(PeriodDraft::id).toList(),
                "the editor starts from the periods with their ids");
        LocalDate laterStart = START.plusWeeks(1);
        List<PeriodDraft> periods = List.of(
                new PeriodDraft(first.id(), laterStart, laterStart.plusWeeks(4), 5),
                new PeriodDraft(START.plusMonths(4), START.plusMonths(4).plusWeeks(2), 1));
        ExternshipSummary updated = asCoordinator.call(() -> externships.update(id, withPeriods(changed,
                periods)));

        assertEquals(2, updated.periods().size());
        ExternshipSummary.Period kept = updated.periods().get(0);
        assertEquals(first.id(), kept.id(), "the changed period keeps its id");
        assertEquals(laterStart, kept.startDate());
        assertEquals(5, kept.seats());
        ExternshipSummary.Period added = updated.periods().get(1);
        assertTrue(added.id() != first.id() && added.id() != second.id(), "the new period has an id of its own");
        assertEquals(START.plusMonths(4), added.startDate());

        ExternshipSummary reread = asCoordinator.call(() -> externships.find(id));
        assertEquals(List.of(first.id(), added.id()), reread.periods().stream().map(ExternshipSummary.Period::id)
                .toList(), "the removed period is gone, as stored");
        assertEquals(List.of(5, 1), reread.periods().stream().map(ExternshipSummary.Period::seats).toList());
    }

    @Test
    void aPeriodOfAnotherExternshipCannotBeTakenOver() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        signIn(a, a.coordinator());
        long other = asCoordinator.call(() -> externships.create(draft(Unique.name("Other"), "Other.",
                oneMonth()))).periods().get(0).id();
        ExternshipSummary mine = asCoordinator.call(() -> externships.create(draft(Unique.name("Mine"), "Mine.",
                oneMonth())));

        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> externships.update(mine.id(),
                draft(mine.title(), "Mine.", List.of(new PeriodDraft(other, START, START.plusWeeks(2), 1))))));
        assertEquals(mine.periods(), asCoordinator.call(() -> externships.find(mine.id())).periods(),
                "nothing changed");
    }

    @Test
    void saveAndPublishSavesNothingWhenPublishingIsRefused() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        signIn(a, a.coordinator());
        String title = Unique.name("Dates later");

        assertEquals("listing.needsPeriod", assertThrows(NotAllowedException.class, () -> asCoordinator.call(
                () -> externships.createAndPublish(draft(title, "Dates later.", List.of())))).messageKey());
        assertTrue(asCoordinator.call(externships::mine).stream().noneMatch(e -> e.title().equals(title)));

        long id = asCoordinator.call(() -> externships.createAndPublish(draft(title, "Dates now.", oneMonth()))).id();
        assertEquals(ListingStatus.PUBLISHED, asCoordinator.call(() -> externships.find(id)).status());
        assertEquals(1, asCoordinator.call(externships::countPublished));
        assertEquals(ListingStatus.PUBLISHED, asCoordinator.call(() -> externships.updateAndPublish(id,
                draft(title, "Still published.", oneMonth()))).status());
    }

    private static ListingDraft withPeriods(ListingDraft d, List<PeriodDraft> periods) {
        return new ListingDraft(d.title(), d.type(), d.specialty(), d.setting(), d.city(), d.state(),
                d.description(), d.scope(), d.durationWeeks(), d.applicationDeadline(), d.requirements(),
                d.malpracticeProvided(), d.feeCents(), d.feeCovers(), d.refundPolicy(), d.letterPolicy(), periods);
    }

    @Test
    void publishingNeedsAPeriodAndADeadlineAhead() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        signIn(a, a.coordinator());
        long withoutPeriod = asCoordinator.call(() -> externships.create(draft(Unique.name("No dates yet"),
                "Dates to follow.", List.of()))).id();

        assertEquals("listing.needsPeriod", assertThrows(NotAllowedException.class, () -> asCoordinator.call(
                () -> externships.changeStatus(withoutPeriod, ListingStatus.PUBLISHED))).messageKey());
        assertEquals(ListingStatus.DRAFT, asCoordinator.call(() -> externships.find(withoutPeriod)).status());
    }

    @Test
    void aPromiseOfResidencyIsRefusedAndNothingIsSaved() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        signIn(a, a.coordinator());
        String title = Unique.name("Fast track");

        NotAllowedException refused = assertThrows(NotAllowedException.class, () -> asCoordinator.call(
                () -> externships.create(draft(title, "Finish with us and get a guaranteed residency spot!",
                        oneMonth()))));

        assertEquals("listing.residencyPromise", refused.messageKey());
        assertEquals(List.of("guaranteed residency"), List.of(refused.arguments()));
        assertTrue(asCoordinator.call(externships::mine).stream().noneMatch(e -> e.title().equals(title)));
    }

    @Test
    void badInputNamesEveryFieldAndSavesNothing() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        signIn(a, a.coordinator());
        ListingDraft good = draft(Unique.name("Wards"), "Ward work.", oneMonth());
        ListingDraft bad = new ListingDraft(" ", good.type(), good.specialty(), good.setting(), good.city(),
                "New York", good.description(), good.scope(), 0, good.applicationDeadline(), good.requirements(),
                false, 90_000L, " ", null, null, List.of(new PeriodDraft(START, START.minusDays(1), 0)));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> asCoordinator.call(() -> externships.create(bad)));

        Set<String> fields = refused.violations().stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
        assertEquals(Set.of("create.draft.title", "create.draft.state", "create.draft.durationWeeks",
                "create.draft.feeExplained", "create.draft.periods[0].seats",
                "create.draft.periods[0].endAfterStart"), fields);
        assertTrue(asCoordinator.call(externships::mine).isEmpty(), "a brand-new hospital has no externship");
    }

    @Test
    void anotherHospitalsExternshipsAreNotFoundByAnyId() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        signIn(a, a.coordinator());
        String title = Unique.name("A's wards");
        long ofA = asCoordinator.call(() -> externships.create(draft(title, "A's own.", oneMonth()))).id();

        signIn(b, b.coordinator());
        assertTrue(asCoordinator.call(externships::mine).stream().noneMatch(e -> e.id() == ofA), "B lists A's");
        assertTrue(asCoordinator.call(externships::titles).stream().noneMatch(e -> e.id() == ofA),
                "B's queue filter offers A's");
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> externships.find(ofA)));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(
                () -> externships.update(ofA, draft("Taken over by B", "B's text.", oneMonth()))));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(
                () -> externships.changeStatus(ofA, ListingStatus.CLOSED)));

        signIn(a, a.coordinator());
        assertEquals(List.of(new ExternshipTitle(ofA, title)), asCoordinator.call(externships::titles));
        ExternshipSummary unchanged = asCoordinator.call(() -> externships.find(ofA));
        assertEquals(title, unchanged.title());
        assertEquals(ListingStatus.DRAFT, unchanged.status());
    }

    @Test
    void onlyCoordinatorsWriteExternships() {
        StaffedHospital a = data.staffedHospital("a");
        signIn(a, a.attending());
        ListingDraft draft = draft(Unique.name("Attending's idea"), "Not theirs to post.", oneMonth());

        assertThrows(EJBAccessException.class, () -> asAttending.call(() -> externships.create(draft)));
        assertThrows(EJBAccessException.class, () -> asAttending.call(externships::mine));
        assertThrows(EJBAccessException.class, () -> asStudent.call(externships::mine));
        assertThrows(EJBAccessException.class, () -> asStudent.call(externships::titles));
    }

    private void signIn(StaffedHospital hospital, StaffMember member) {
        tenant.actFor(hospital.alias());
        currentUser.signedIn(member.keycloakUserId(), member.fullName(), member.email());
    }
}

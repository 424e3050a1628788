package org.externship.portal.savedsearch;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.externship.portal.listing.boundary.ExternshipHit;
import org.externship.portal.listing.boundary.ExternshipSearch;
import org.externship.portal.listing.boundary.ExternshipSummary;
import org.externship.portal.listing.boundary.Externships;
import org.externship.portal.listing.boundary.SearchCriteria;
import org.externship.portal.listing.entity.ListingDraft;
import org.externship.portal.listing.entity.ListingStatus;
import org.externship.portal.listing.entity.PeriodDraft;
import org.externship.portal.qualification.boundary.Eligibility;
import org.externship.portal.qualification.entity.DocumentType;
import org.externship.portal.qualification.entity.EcfmgStatus;
import org.externship.portal.qualification.entity.ExamResult;
import org.externship.portal.qualification.entity.Qualifications;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;
import org.externship.portal.savedsearch.boundary.NewSavedSearch;
import org.externship.portal.savedsearch.boundary.SavedSearchDto;
import org.externship.portal.savedsearch.boundary.SavedSearches;
import org.externship.portal.savedsearch.control.AlertSender;
import org.externship.portal.savedsearch.control.SearchAlerts;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.testing.AsCoordinator;
import org.externship.portal.testing.AsStudent;
import org.externship.portal.testing.Postings;
import org.externship.portal.testing.StaffedHospital;
import org.externship.portal.testing.TestData;
import org.externship.portal.testing.Unique;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * A student keeps searches of their own (at most ten), which nobody else reaches by id; a page of results is
 * measured against a student as each externship's page measures it; once a day the searches with
 * alerts on are claimed and the student is told of what was listed since (first published, or a new rotation period
 * ahead): one e-mail when there is news, none on a second run the same day, none when nothing is new, and one only
 * when two runs (two nodes) alert the same student at the same moment.
 */
@ExtendWith(ArquillianExtension.class)
class SavedSearchIT {

    private static final LocalDate START = LocalDate.now().plusMonths(4).withDayOfMonth(1);

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenant;

    @Inject
    SavedSearches savedSearches;

    @Inject
    AlertSender sender;

    @Inject
    SearchAlerts alerts;

    @Inject
    ExternshipSearch search;

    @Inject
    Externships externships;

    @Inject
    TestData data;

    @Inject
    AsStudent asStudent;

    @Inject
    AsCoordinator asCoordinator;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aStudentSavesListsAndDeletesTheirSearches() throws Exception {
        signInStudent();
        SearchCriteria pediatrics = SearchCriteria.any().withSpecialty(Specialty.PEDIATRICS).withLocation("NY", null);
        SavedSearchDto saved = asStudent.call(() -> savedSearches.save(
                new NewSavedSearch("  Pediatrics in New York ", pediatrics, true, true)));

        assertEquals("Pediatrics in New York", saved.name());
        assertEquals(pediatrics, saved.criteria());
        assertTrue(saved.qualified());
        assertTrue(saved.alerts());
        assertEquals(List.of(saved), asStudent.call(savedSearches::mine));

        SavedSearchDto off = asStudent.call(() -> savedSearches.alerts(saved.id(), false));
        assertFalse(off.alerts());

        asStudent.call(() -> {
            savedSearches.delete(saved.id());
            return null;
        });
        assertEquals(List.of(), asStudent.call(savedSearches::mine));
    }

    @Test
    void aNameIsNeededAndTenSearchesAreTheMost() throws Exception {
        signInStudent();
        InvalidInputException unnamed = assertThrows(InvalidInputException.class, () -> asStudent.call(
                () -> savedSearches.save(new NewSavedSearch(" ", SearchCriteria.any(), false, true))));
        assertTrue(unnamed.violations().iterator().next().getPropertyPath().toString().endsWith(".name"),
                unnamed.violations()::toString);

        for (int i = 1; i <= SavedSearches.LIMIT; i++) {
            String name = "Search " + i;
            asStudent.call(() -> savedSearches.save(new NewSavedSearch(name, SearchCriteria.any(), false, false)));
        }
        NotAllowedException full = assertThrows(NotAllowedException.class, () -> asStudent.call(
                () -> savedSearches.save(new NewSavedSearch("One more", SearchCriteria.any(), false, false))));
        assertEquals("savedSearch.limit", full.messageKey());
        assertEquals(SavedSearches.LIMIT, asStudent.call(savedSearches::mine).size());
    }

    @Test
    void anotherStudentReachesNoneOfMySearchesById() throws Exception {
        signInStudent();
        SavedSearchDto mine = asStudent.call(() -> savedSearches.save(
                new NewSavedSearch("Mine", SearchCriteria.any(), false, true)));

        signInStudent();
        assertEquals(List.of(), asStudent.call(savedSearches::mine));
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> {
            savedSearches.delete(mine.id());
            return null;
        }));
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> savedSearches.alerts(mine.id(), false)));
    }

    @Test
    void whatWasListedSinceTheSearchWasSavedIsNewsOnce() throws Exception {
        String word = Unique.name("Alertword");
        StaffedHospital a = data.staffedHospital("a");
        ExternshipSummary before = post(a, word + " before");
        String student = signInStudent();
        SearchCriteria criteria = SearchCriteria.any().withText(word);
        SavedSearchDto saved = asStudent.call(() -> savedSearches.save(new NewSavedSearch(word, criteria, false,
                true)));
        Instant savedAt = saved.savedAt();

        assertEquals(List.of(), ids(search.listedSince(criteria, savedAt, 10).rows()), "nothing new yet");
        assertFalse(sender.alert(student, Instant.now(), Instant.now()), "nothing new: no mail");

        ExternshipSummary after = post(a, word + " after");
        addPeriod(a, before);
        assertEquals(List.of(before.id(), after.id()).stream().sorted().toList(),
                ids(search.listedSince(criteria, savedAt, 10).rows()).stream().sorted().toList(),
                "published since, and a period added since");
    }

    @Test
    void aPageOfResultsIsMeasuredAsEachExternshipIs() throws Exception {
        String word = Unique.name("Eligibleword");
        StaffedHospital a = data.staffedHospital("a");
        long one = post(a, word + " one").id();
        long two = post(a, word + " two").id();
        signInStudent();
        int year = LocalDate.now().getYear();
        Qualifications meets = new Qualifications(year - 1, false, ExamResult.PASSED, ExamResult.PASSED, 240,
                ExamResult.NOT_TAKEN, EcfmgStatus.CERTIFIED, VisaStatus.B1,
                Map.of(DocumentType.BLS, START.plusYears(1), DocumentType.MALPRACTICE, START.plusYears(1)));
        Qualifications lacks = new Qualifications(year - 1, false, ExamResult.NOT_TAKEN, ExamResult.NOT_TAKEN, null,
                ExamResult.NOT_TAKEN, EcfmgStatus.NOT_STARTED, VisaStatus.J1, Map.of());

        for (Qualifications student : List.of(meets, lacks)) {
            Map<Long, Eligibility> page = asStudent.call(() -> search.eligibilities(Set.of(one, two), student));
            assertEquals(Set.of(one, two), page.keySet());
            assertEquals(asStudent.call(() -> search.eligibility(one, student)), page.get(one));
            assertEquals(asStudent.call(() -> search.eligibility(two, student)), page.get(two));
        }
        assertTrue(search.eligibilities(Set.of(one), meets).get(one).meetsAll());
        assertFalse(search.eligibilities(Set.of(one), lacks).get(one).meetsAll());
    }

    @Test
    void aNewMatchingExternshipYieldsOneMailAndASecondRunTheSameDayNone() throws Exception {
        String word = Unique.name("Alertmail");
        StaffedHospital a = data.staffedHospital("a");
        String student = signInStudent();
        asStudent.call(() -> savedSearches.save(new NewSavedSearch(word, SearchCriteria.any().withText(word), false,
                true)));
        asStudent.call(() -> savedSearches.save(new NewSavedSearch(word + " off", SearchCriteria.any().withText(word),
                false, false)));
        post(a, word + " new");

        Instant cutoff = Instant.now();
        assertTrue(sender.alert(student, cutoff, cutoff), "news: one mail");
        assertFalse(sender.alert(student, cutoff, Instant.now()), "a second run the same day: none");
        assertFalse(sender.alert(student, Instant.now(), Instant.now()), "the next day, nothing new: none");

        post(a, word + " newer");
        assertTrue(sender.alert(student, Instant.now(), Instant.now()), "the next day with news: one again");
    }

    @Test
    void theHourlyRunAlertsEveryDueStudentOnce() throws Exception {
        String word = Unique.name("Alertrun");
        StaffedHospital a = data.staffedHospital("a");
        String student = signInStudent();
        asStudent.call(() -> savedSearches.save(new NewSavedSearch(word, SearchCriteria.any().withText(word), false,
                true)));
        post(a, word + " new");

        Instant nextWeek = Instant.now().plus(7, ChronoUnit.DAYS);
        assertTrue(alerts.run(nextWeek) >= 1, "the run reached the student");
        assertFalse(sender.alert(student, nextWeek.minusSeconds(1), nextWeek), "claimed by the run");
    }

    @Test
    void twoRunsAtOnceSendOneMail() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        for (int round = 0; round < 3; round++) {
            String word = Unique.name("Alertrace");
            String student = signInStudent();
            for (int i = 0; i < 2; i++) {
                String name = word + " " + i;
                asStudent.call(() -> savedSearches.save(new NewSavedSearch(name, SearchCriteria.any().withText(word),
                        false, true)));
            }
            post(a, word + " new");

            Instant cutoff = Instant.now();
            CyclicBarrier together = new CyclicBarrier(2);
            Future<String> one = executor.submit(alertAt(together, student, cutoff));
            Future<String> two = executor.submit(alertAt(together, student, cutoff));
            List<String> outcomes = new ArrayList<>(List.of(one.get(60, TimeUnit.SECONDS),
                    two.get(60, TimeUnit.SECONDS)));

            assertEquals(1, outcomes.stream().filter("mail"::equals).count(), outcomes::toString);
        }
    }

    private Callable<String> alertAt(CyclicBarrier together, String student, Instant cutoff) {
        return () -> {
            together.await(30, TimeUnit.SECONDS);
            try {
                return sender.alert(student, cutoff, Instant.now()) ? "mail" : "none";
            } catch (RuntimeException e) {
                return "failed: " + e; // the other run holds the rows: this one rolled back and sent nothing
            }
        };
    }

    private static List<Long> ids(List<ExternshipHit> hits) {
        return hits.stream().map(ExternshipHit::id).toList();
    }

    private ExternshipSummary post(StaffedHospital hospital, String title) throws Exception {
        signInCoordinator(hospital);
        ListingDraft draft = Postings.draft(title, "Supervised clinical experience.",
                List.of(new PeriodDraft(START, START.plusWeeks(4), 3)));
        ExternshipSummary posted = asCoordinator.call(() -> externships.createAndPublish(draft));
        tenant.actFor(null);
        return posted;
    }

    private void addPeriod(StaffedHospital hospital, ExternshipSummary posted) throws Exception {
        signInCoordinator(hospital);
        ListingDraft draft = asCoordinator.call(() -> externships.draft(posted.id()));
        List<PeriodDraft> periods = new ArrayList<>(draft.periods());
        periods.add(new PeriodDraft(null, START.plusMonths(2), START.plusMonths(2).plusWeeks(4), 2));
        ListingDraft more = new ListingDraft(draft.title(), draft.type(), draft.specialty(), draft.setting(),
                draft.city(), draft.state(), draft.description(), draft.scope(), draft.durationWeeks(),
                draft.applicationDeadline(), draft.requirements(), draft.malpracticeProvided(), draft.feeCents(),
                draft.feeCovers(), draft.refundPolicy(), draft.letterPolicy(), periods);
        asCoordinator.call(() -> externships.update(posted.id(), more));
        tenant.actFor(null);
    }

    private void signInCoordinator(StaffedHospital hospital) {
        tenant.actFor(hospital.alias());
        currentUser.signedIn(hospital.coordinator().keycloakUserId(), hospital.coordinator().fullName(),
                hospital.coordinator().email());
    }

    private String signInStudent() {
        String subject = UUID.randomUUID().toString();
        currentUser.signedIn(subject, "Student " + subject.substring(0, 8), subject.substring(0, 8) + "@example.org");
        return subject;
    }
}

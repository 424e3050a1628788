package org.externship.portal.listing;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.listing.boundary.ExternshipDetails;
import org.externship.portal.listing.boundary.ExternshipHit;
import org.externship.portal.listing.boundary.ExternshipSearch;
import org.externship.portal.listing.boundary.ExternshipSummary;
import org.externship.portal.listing.boundary.ExternshipTitle;
import org.externship.portal.listing.boundary.Externships;
import org.externship.portal.listing.boundary.SearchCriteria;
import org.externship.portal.listing.boundary.SearchSort;
import org.externship.portal.listing.entity.ClinicalSetting;
import org.externship.portal.listing.entity.ExternshipType;
import org.externship.portal.listing.entity.ListingDraft;
import org.externship.portal.listing.entity.ListingStatus;
import org.externship.portal.listing.entity.PeriodDraft;
import org.externship.portal.qualification.boundary.Eligibility;
import org.externship.portal.qualification.control.EligibilityMatcher;
import org.externship.portal.qualification.entity.DocumentType;
import org.externship.portal.qualification.entity.EcfmgStatus;
import org.externship.portal.qualification.entity.ExamResult;
import org.externship.portal.qualification.entity.Qualifications;
import org.externship.portal.qualification.entity.Requirements;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.Page;
import org.externship.portal.shared.control.SqlStatements;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.testing.AsAttending;
import org.externship.portal.testing.AsCoordinator;
import org.externship.portal.testing.AsStudent;
import org.externship.portal.testing.StaffedHospital;
import org.externship.portal.testing.TestData;
import org.externship.portal.testing.Unique;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coordinators post externships for their own hospital only: write, publish, pause, close; no promise of a
 * residency; bad input names its fields; another hospital's externships are not found by any id. Anyone finds the
 * published, open externships of every hospital, and nothing else: filters, paging, sorting, "only externships I
 * qualify for" (the same answer as EligibilityMatcher), and the public page of one externship. Each search test marks
 * its externships with a word of its own and searches for it, as other tests' rows share the tables.
 */
@ExtendWith(ArquillianExtension.class)
class ListingIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser currentUser;

    @Inject
    Externships externships;

    @Inject
    ExternshipSearch search;

    @Inject
    EligibilityMatcher matcher;

    @Inject
    TestData data;

    @Inject
    AsCoordinator asCoordinator;

    @Inject
    ListingBackdoor backdoor;

    @Inject
    AsAttending asAttending;

    @Inject
    AsStudent asStudent;

    @Test
    void onlyPublishedOpenExternshipsOfEveryHospitalAreFound() throws Exception {
        String word = word();
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        long published = post(a, listing(word + " A published").fee(120_000L), ListingStatus.PUBLISHED);
        long draft = post(a, listing(word + " A draft"), ListingStatus.DRAFT);
        long paused = post(a, listing(word + " A paused"), ListingStatus.PAUSED);
        long closed = post(a, listing(word + " A closed"), ListingStatus.CLOSED);
        long pastDeadline = post(a, listing(word + " A past deadline"), ListingStatus.PUBLISHED);
        backdoor.moveDeadline(a.alias(), pastDeadline, TODAY.minusDays(1));
        long onlyPastPeriods = post(a, listing(word + " A started").periods(
                new PeriodDraft(TODAY.minusWeeks(2), TODAY.plusWeeks(2), 2)), ListingStatus.PUBLISHED);
        long ofB = post(b, listing(word + " B published").fee(0L), ListingStatus.PUBLISHED);

        SearchCriteria criteria = SearchCriteria.any().withText(word);
        assertEquals(Set.of(published, ofB), ids(criteria));
        assertEquals(2, search.find(criteria, 0, 1).total());

        ExternshipHit hit = search.find(criteria.withText(word + " A published"), 0, 10).rows().get(0);
        assertEquals(a.hospital().name(), hit.hospitalName());
        assertEquals(120_000L, hit.feeCents());
        assertEquals(START, hit.nextStart());
        assertEquals(List.of(START, START.plusMonths(2)), hit.upcomingStarts());
        assertTrue(search.find(criteria.withText(word + " B"), 0, 10).rows().get(0).free());

        ExternshipDetails details = search.details(published);
        assertEquals(word + " A published", details.title());
        assertEquals(a.hospital().name(), details.hospitalName());
        assertEquals(2, details.periods().size());
        assertEquals(3, details.periods().get(0).seats());
        assertTrue(details.requirements().documents().contains(DocumentType.MALPRACTICE),
                "malpractice proof is required when the host does not provide cover");
        assertFalse(details.deadlinePassed());
        assertTrue(search.details(pastDeadline).deadlinePassed());
        for (long hidden : List.of(draft, paused, closed)) {
            assertThrows(NotFoundException.class, () -> search.details(hidden), "not public: " + hidden);
        }
        assertThrows(NotFoundException.class, () -> search.details(-1));
        assertFalse(ids(criteria).contains(onlyPastPeriods));
    }

    @Test
    void eachFilterNarrowsTheResults() {
        String word = word();
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        long im = post(a, listing(word + " wards").description("Teaching wards, morning report."),
                ListingStatus.PUBLISHED);
        long peds = post(a, listing(word + " children").specialty(Specialty.PEDIATRICS)
                .type(ExternshipType.OBSERVATIONAL).setting(ClinicalSetting.OUTPATIENT).weeks(2).fee(0L)
                .visas(EnumSet.noneOf(VisaStatus.class)), ListingStatus.PUBLISHED);
        long fm = post(b, listing(word + " clinic").specialty(Specialty.FAMILY_MEDICINE)
                .type(ExternshipType.COMMUNITY_SAFETY_NET).setting(ClinicalSetting.OUTPATIENT).where("Newark", "NJ")
                .weeks(8).fee(50_000L).visas(EnumSet.of(VisaStatus.J1))
                .periods(new PeriodDraft(START.plusMonths(1), START.plusMonths(1).plusWeeks(8), 2)),
                ListingStatus.PUBLISHED);
        SearchCriteria mine = SearchCriteria.any().withText(word);

        assertEquals(Set.of(im, peds, fm), ids(mine));
        assertEquals(Set.of(im), ids(SearchCriteria.any().withText(word.toUpperCase() + " WARDS")), "any case");
        assertEquals(Set.of(im), ids(mine.withText("morning report " + word).withText(word + " wards")));
        assertEquals(Set.of(fm), ids(SearchCriteria.any().withText(b.hospital().name())), "by hospital name");
        assertEquals(Set.of(im, peds), ids(SearchCriteria.any().withText(a.hospital().name().toLowerCase())));
        List<Long> inNewark = allPages(SearchCriteria.any().withText("NEWARK"), 100);
        assertTrue(inNewark.contains(fm) && !inNewark.contains(im), "by city: " + inNewark);
        assertEquals(Set.of(peds), ids(mine.withSpecialty(Specialty.PEDIATRICS)));
        assertEquals(Set.of(fm), ids(mine.withType(ExternshipType.COMMUNITY_SAFETY_NET)));
        assertEquals(Set.of(peds, fm), ids(mine.withSetting(ClinicalSetting.OUTPATIENT)));
        assertEquals(Set.of(fm), ids(mine.withLocation("NJ", null)));
        assertEquals(Set.of(fm), ids(mine.withLocation(null, "newark")));
        assertEquals(Set.of(im, peds), ids(mine.withLocation("NY", "Brooklyn")));
        assertEquals(Set.of(peds, im), ids(mine.withWeeks(null, 4)));
        assertEquals(Set.of(im, fm), ids(mine.withWeeks(4, 8)));
        assertEquals(Set.of(fm), ids(mine.withWeeks(5, null)));
        assertEquals(Set.of(im, peds), ids(mine.withStartMonth(YearMonth.from(START))));
        assertEquals(Set.of(fm), ids(mine.withStartMonth(YearMonth.from(START.plusMonths(1)))));
        assertEquals(Set.of(im, peds), ids(mine.withStartMonth(YearMonth.from(START.plusMonths(2)))),
                "the second period of each");
        assertEquals(Set.of(peds), ids(mine.withMaxFeeCents(0L)), "no fee");
        assertEquals(Set.of(peds, fm), ids(mine.withMaxFeeCents(50_000L)));
        assertEquals(Set.of(peds, fm), ids(mine.withVisa(VisaStatus.J1)), "J-1 listed, or any visa");
        assertEquals(Set.of(im, peds), ids(mine.withVisa(VisaStatus.B1)));
        assertEquals(Set.of(peds), ids(mine.withVisa(VisaStatus.B2)), "B-2 is not B-1");
        assertEquals(Set.of(), ids(mine.withSpecialty(Specialty.PEDIATRICS).withLocation("NJ", null)));
        assertEquals(Set.of(), ids(SearchCriteria.any().withText(word + "%")), "% is a character, not a wildcard");
    }

    @Test
    void resultsPageAndSortBySoonestStartDeadlineOrFee() {
        String word = word();
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        Map<Long, int[]> startDeadlineFee = new LinkedHashMap<>();
        int[][] rows = {{5, 3, 900}, {1, 6, 0}, {3, 1, 300}, {7, 5, 100}, {2, 7, 700}, {6, 2, 0}, {4, 4, 500}};
        for (int i = 0; i < rows.length; i++) {
            int[] row = rows[i];
            LocalDate start = START.plusWeeks(row[0]);
            long id = post(i % 2 == 0 ? a : b, listing(word + " " + i).fee(row[2] * 100L)
                    .deadline(TODAY.plusDays(row[1])).periods(new PeriodDraft(start, start.plusWeeks(4), 1),
                            new PeriodDraft(START.plusYears(1), START.plusYears(1).plusWeeks(4), 1)),
                    ListingStatus.PUBLISHED);
            startDeadlineFee.put(id, row);
        }
        SearchCriteria mine = SearchCriteria.any().withText(word);
        assertEquals(7, search.find(mine, 0, 1).total());

        assertEquals(sortedBy(startDeadlineFee, 0), allPages(mine.withSort(SearchSort.START), 3));
        assertEquals(sortedBy(startDeadlineFee, 1), allPages(mine.withSort(SearchSort.DEADLINE), 3));
        List<Long> byFee = allPages(mine.withSort(SearchSort.FEE), 3);
        List<Integer> fees = byFee.stream().map(id -> startDeadlineFee.get(id)[2]).toList();
        assertEquals(List.of(0, 0, 100, 300, 500, 700, 900), fees);
        assertTrue(startDeadlineFee.get(byFee.get(0))[0] < startDeadlineFee.get(byFee.get(1))[0],
                "equal fees: the sooner start first");
        assertEquals(new Page<>(List.of(), 7), search.find(mine, 7, 3), "past the last page: nothing, and the total");
        assertEquals(1, search.find(mine, 6, 3).rows().size());
        assertEquals(7, search.find(mine, 6, 3).total());
        assertEquals(7, search.find(mine, 0, 10).total(), "a first page that holds every match counts itself");
        assertEquals(7, search.find(mine, 0, 10).rows().size());

        assertEquals(4, statementsOf(() -> search.find(mine, 3, 3)),
                "the hospitals the text names, a page, its periods, the count");
        assertEquals(3, statementsOf(() -> search.find(mine, 0, 10)), "a first page holding every match: no count");
        assertEquals(3, statementsOf(() -> search.find(SearchCriteria.any(), 0, 2)), "no text: no hospitals");
        assertEquals(3, statementsOf(() -> search.find(SearchCriteria.any(), 0, 6)), "more rows, same statements");
    }

    @Test
    void onlyExternshipsIQualifyForAgreesWithTheEligibilityMatcher() {
        String word = word();
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        LocalDate first = START;
        LocalDate later = START.plusYears(1);
        PeriodDraft early = new PeriodDraft(first, first.plusWeeks(4), 2);
        PeriodDraft nextYear = new PeriodDraft(later, later.plusWeeks(4), 2);
        Map<Long, Listing> fixtures = new LinkedHashMap<>();
        List<Listing> listings = List.of(
                listing(word + " open to all").requirements(none()).malpracticeProvided(true),
                listing(word + " step 1").requirements(req(null, true, true, false, null, false, false, Set.of(),
                        Set.of())).malpracticeProvided(true),
                listing(word + " step 2 ck 240").requirements(req(null, true, false, true, 240, false, false,
                        Set.of(), Set.of())).malpracticeProvided(true),
                listing(word + " score only 220").requirements(req(null, true, false, false, 220, false, false,
                        Set.of(), Set.of())).malpracticeProvided(true),
                listing(word + " step 3 ecfmg").requirements(req(null, true, false, false, null, true, true,
                        Set.of(), Set.of())).malpracticeProvided(true),
                listing(word + " graduates only").requirements(req(null, false, false, false, null, false, false,
                        Set.of(), Set.of())).malpracticeProvided(true),
                listing(word + " recent graduates").requirements(req(2, true, false, false, null, false, false,
                        Set.of(), Set.of())).malpracticeProvided(true).periods(early, nextYear),
                listing(word + " very recent").requirements(req(1, false, false, false, null, false, false,
                        Set.of(), Set.of())).malpracticeProvided(true).periods(early, nextYear),
                listing(word + " b1 j1").requirements(req(null, true, false, false, null, false, false,
                        Set.of(VisaStatus.B1, VisaStatus.J1), Set.of())).malpracticeProvided(true),
                listing(word + " citizens").requirements(req(null, true, false, false, null, false, false,
                        Set.of(VisaStatus.US_CITIZEN), Set.of())).malpracticeProvided(true),
                listing(word + " bls hipaa").requirements(req(null, true, false, false, null, false, false,
                        Set.of(), Set.of(DocumentType.BLS, DocumentType.HIPAA_TRAINING))).malpracticeProvided(true)
                        .periods(early, nextYear),
                listing(word + " malpractice own").requirements(none()).malpracticeProvided(false),
                listing(word + " background").requirements(req(null, true, false, false, null, false, false,
                        Set.of(), Set.of(DocumentType.BACKGROUND_CHECK, DocumentType.IMMUNIZATIONS)))
                        .malpracticeProvided(true));
        for (int i = 0; i < listings.size(); i++) {
            Listing listing = listings.get(i);
            fixtures.put(post(i % 2 == 0 ? a : b, listing, ListingStatus.PUBLISHED), listing);
        }
        int year = first.getYear();
        List<Qualifications> students = List.of(
                new Qualifications(year - 2, false, ExamResult.PASSED, ExamResult.PASSED, 245, ExamResult.PASSED,
                        EcfmgStatus.CERTIFIED, VisaStatus.B1, documents(later.plusDays(1))),
                new Qualifications(year - 1, false, ExamResult.PASSED, ExamResult.PASSED, 230, ExamResult.NOT_TAKEN,
                        EcfmgStatus.IN_PROGRESS, VisaStatus.J1,
                        Map.of(DocumentType.BLS, first.plusDays(1), DocumentType.HIPAA_TRAINING, later.plusDays(3),
                                DocumentType.MALPRACTICE, first.minusDays(1))),
                new Qualifications(year + 1, true, ExamResult.PASSED, ExamResult.NOT_TAKEN, null,
                        ExamResult.NOT_TAKEN, EcfmgStatus.NOT_STARTED, VisaStatus.B2, Map.of()),
                new Qualifications(year - 6, false, ExamResult.FAILED, ExamResult.PASSED, 215, ExamResult.NOT_TAKEN,
                        EcfmgStatus.CERTIFIED, VisaStatus.US_CITIZEN,
                        Map.of(DocumentType.BLS, first.minusDays(1), DocumentType.HIPAA_TRAINING, later,
                                DocumentType.BACKGROUND_CHECK, later, DocumentType.IMMUNIZATIONS, first)),
                new Qualifications(year, false, ExamResult.PASSED, ExamResult.PASSED, 240, ExamResult.FAILED,
                        EcfmgStatus.CERTIFIED, VisaStatus.OTHER, documents(first)));
        SearchCriteria mine = SearchCriteria.any().withText(word);
        assertEquals(fixtures.keySet(), ids(mine));

        for (Qualifications student : students) {
            Set<String> expected = new TreeSet<>();
            fixtures.forEach((id, listing) -> {
                ListingDraft draft = listing.draft();
                boolean meetsAPeriod = draft.periods().stream().anyMatch(period -> matcher.check(student,
                        listing.storedRequirements(), period.startDate()).meetsAll());
                if (meetsAPeriod) {
                    expected.add(draft.title());
                }
            });
            Set<String> found = search.find(mine.withQualifiedFor(student), 0, 100).rows().stream()
                    .map(ExternshipHit::title).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, found, "for " + student);
            assertEquals(expected.size(), search.find(mine.withQualifiedFor(student), 0, 1).total());
        }
        assertTrue(search.find(mine.withQualifiedFor(students.get(0)), 0, 1).total() > search.find(
                mine.withQualifiedFor(students.get(2)), 0, 1).total(), "the fixtures tell students apart");

        fixtures.forEach((id, listing) -> {
            for (Qualifications student : students) {
                Eligibility expected = matcher.check(student, listing.storedRequirements(),
                        listing.draft().periods().get(0).startDate());
                assertEquals(expected, search.eligibility(id, student), listing.draft().title());
            }
        });
    }

    @Test
    void badCriteriaAreNamedNotSearched() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> search.find(SearchCriteria.any().withLocation("New York", null).withWeeks(0, 60), 0, 1));
        Set<String> fields = refused.violations().stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
        assertEquals(Set.of("find.criteria.state", "find.criteria.minWeeks", "find.criteria.maxWeeks"), fields);
        assertEquals(Set.of("Use the two-letter state code, for example NY.", "Durations are from 1 to 52 weeks."),
                refused.violations().stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet()),
                "in the portal's words");
        InvalidInputException backwards = assertThrows(InvalidInputException.class,
                () -> search.find(SearchCriteria.any().withWeeks(8, 2), 0, 1));
        assertEquals(List.of("The shortest duration cannot be longer than the longest."),
                backwards.violations().stream().map(ConstraintViolation::getMessage).toList());
        assertThrows(InvalidInputException.class, () -> search.find(SearchCriteria.any(), 0, 1000));
    }

    // ---------------------------------------------------------------------------------------------------------

    private static final LocalDate START = TODAY.plusMonths(3).withDayOfMonth(1);

    private static long statementsOf(Supplier<?> search) {
        long before = SqlStatements.byThisThread();
        search.get();
        return SqlStatements.byThisThread() - before;
    }

    private Set<Long> ids(SearchCriteria criteria) {
        return search.find(criteria, 0, 100).rows().stream().map(ExternshipHit::id).collect(Collectors.toSet());
    }

    private List<Long> allPages(SearchCriteria criteria, int size) {
        List<Long> all = new ArrayList<>();
        for (int first = 0; ; first += size) {
            List<ExternshipHit> page = search.find(criteria, first, size).rows();
            assertTrue(page.size() <= size);
            page.forEach(hit -> all.add(hit.id()));
            if (page.size() < size) {
                return all;
            }
        }
    }

    private static List<Long> sortedBy(Map<Long, int[]> rows, int column) {
        return rows.entrySet().stream().sorted((x, y) -> Integer.compare(x.getValue()[column], y.getValue()[column]))
                .map(Map.Entry::getKey).toList();
    }

    private static String word() {
        return Unique.name("Zq").replace(" ", "");
    }

    private static Map<DocumentType, LocalDate> documents(LocalDate validUntil) {
        Map<DocumentType, LocalDate> all = new HashMap<>();
        for (DocumentType type : DocumentType.values()) {
            all.put(type, validUntil);
        }
        return all;
    }

    private static Requirements none() {
        return req(null, true, false, false, null, false, false, Set.of(), Set.of());
    }

    private static Requirements req(Integer within, boolean finalYear, boolean step1, boolean step2ck, Integer score,
                                    boolean step3, boolean ecfmg, Set<VisaStatus> visas, Set<DocumentType> docs) {
        return new Requirements(within, finalYear, step1, step2ck, score, step3, ecfmg, visas, docs);
    }

    private long post(StaffedHospital hospital, Listing listing, ListingStatus status) {
        signIn(hospital);
        try {
            long id = asCoordinator.call(() -> externships.create(listing.draft())).id();
            if (status == ListingStatus.PUBLISHED || status == ListingStatus.PAUSED) {
                asCoordinator.call(() -> externships.changeStatus(id, ListingStatus.PUBLISHED));
            }
            if (status != ListingStatus.DRAFT && status != ListingStatus.PUBLISHED) {
                asCoordinator.call(() -> externships.changeStatus(id, status));
            }
            return id;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void signIn(StaffedHospital hospital) {
        tenant.actFor(hospital.alias());
        currentUser.signedIn(hospital.coordinator().keycloakUserId(), hospital.coordinator().fullName(),
                hospital.coordinator().email());
    }

    private static Listing listing(String title) {
        return new Listing(title);
    }

    /** A listing as a coordinator would write it, with the parts a test varies. */
    private static final class Listing {

        private final String title;
        private String description = "Supervised clinical experience.";
        private Specialty specialty = Specialty.INTERNAL_MEDICINE;
        private ExternshipType type = ExternshipType.HANDS_ON_CLINICAL;
        private ClinicalSetting setting = ClinicalSetting.INPATIENT;
        private String city = "Brooklyn";
        private String state = "NY";
        private int weeks = 4;
        private LocalDate deadline = TODAY.plusWeeks(6);
        private Requirements requirements = new Requirements(null, true, false, false, null, false, false,
                Set.of(VisaStatus.B1, VisaStatus.US_CITIZEN), Set.of());
        private boolean malpracticeProvided;
        private Long fee = 100_000L;
        private List<PeriodDraft> periods = List.of(new PeriodDraft(START, START.plusWeeks(4), 3),
                new PeriodDraft(START.plusMonths(2), START.plusMonths(2).plusWeeks(4), 2));

        Listing(String title) {
            this.title = title;
        }

        Listing description(String value) {
            description = value;
            return this;
        }

        Listing specialty(Specialty value) {
            specialty = value;
            return this;
        }

        Listing type(ExternshipType value) {
            type = value;
            return this;
        }

        Listing setting(ClinicalSetting value) {
            setting = value;
            return this;
        }

        Listing where(String newCity, String newState) {
            city = newCity;
            state = newState;
            return this;
        }

        Listing weeks(int value) {
            weeks = value;
            return this;
        }

        Listing deadline(LocalDate value) {
            deadline = value;
            return this;
        }

        Listing fee(Long cents) {
            fee = cents;
            return this;
        }

        Listing visas(Set<VisaStatus> visas) {
            requirements = new Requirements(requirements.graduatedWithinYears(), requirements.finalYearAccepted(),
                    requirements.step1(), requirements.step2ck(), requirements.minStep2ckScore(),
                    requirements.step3(), requirements.ecfmgCertified(), visas, requirements.documents());
            return this;
        }

        Listing requirements(Requirements value) {
            requirements = value;
            return this;
        }

        Listing malpracticeProvided(boolean value) {
            malpracticeProvided = value;
            return this;
        }

        Listing periods(PeriodDraft... value) {
            periods = List.of(value);
            return this;
        }

        /** The requirements as stored: malpractice proof is required unless the host provides cover. */
        Requirements storedRequirements() {
            Set<DocumentType> documents = EnumSet.noneOf(DocumentType.class);
            documents.addAll(requirements.documents());
            if (!malpracticeProvided) {
                documents.add(DocumentType.MALPRACTICE);
            }
            return new Requirements(requirements.graduatedWithinYears(), requirements.finalYearAccepted(),
                    requirements.step1(), requirements.step2ck(), requirements.minStep2ckScore(),
                    requirements.step3(), requirements.ecfmgCertified(), requirements.acceptedVisas(), documents);
        }

        ListingDraft draft() {
            return new ListingDraft(title, type, specialty, setting, city, state, description,
                    "Take histories and present patients; notes co-signed by the attending.", weeks, deadline,
                    requirements, malpracticeProvided, fee, fee == null || fee == 0 ? null : "Administration",
                    "Full refund until 30 days before the start", "Letters after four weeks", periods);
        }
    }

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

package org.externship.portal.learninglog;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.externship.portal.learninglog.boundary.EntryCommand;
import org.externship.portal.learninglog.boundary.EntryDto;
import org.externship.portal.learninglog.boundary.ExperienceCommand;
import org.externship.portal.learninglog.boundary.ExperienceDraftDto;
import org.externship.portal.learninglog.boundary.ExperienceDrafts;
import org.externship.portal.learninglog.boundary.ExportedEntry;
import org.externship.portal.learninglog.boundary.IdentifiersFoundException;
import org.externship.portal.learninglog.boundary.LearningLog;
import org.externship.portal.learninglog.boundary.LogCounts;
import org.externship.portal.learninglog.boundary.LogFilter;
import org.externship.portal.learninglog.boundary.LogProgress;
import org.externship.portal.learninglog.boundary.LogSummary;
import org.externship.portal.learninglog.boundary.PlacementLogCounts;
import org.externship.portal.learninglog.boundary.SharedEntries;
import org.externship.portal.learninglog.boundary.SignoffItem;
import org.externship.portal.learninglog.boundary.Signoffs;
import org.externship.portal.learninglog.entity.CareSetting;
import org.externship.portal.learninglog.entity.EntryKind;
import org.externship.portal.learninglog.entity.ExperienceType;
import org.externship.portal.learninglog.entity.FocusArea;
import org.externship.portal.learninglog.entity.Involvement;
import org.externship.portal.learninglog.entity.KeyCharacteristic;
import org.externship.portal.learninglog.entity.ParticipationFrequency;
import org.externship.portal.learninglog.entity.ReviewStatus;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.Page;
import org.externship.portal.testing.AsAttending;
import org.externship.portal.testing.AsCoordinator;
import org.externship.portal.testing.AsStudent;
import org.externship.portal.testing.PlacedStudents;
import org.externship.portal.testing.PlacedStudents.Placed;
import org.externship.portal.testing.StaffedHospital;
import org.externship.portal.testing.TestData;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12: a student records their learning log, in a placement (with a supervisor of it) or outside any, finds
 * entries again by filter; patient identifiers stop a save; the supervising attending verifies or returns entries of
 * their externs only, a verified entry is locked and an edit starts a new version with the history kept; coordinators
 * see counts and the entries a student shares; nobody else reaches an entry by any id. Then application material: a
 * student drafts ERAS experiences from a placement, with the verified facts filled in; the service's limits hold (750
 * and 300 characters as it counts them, 10 experiences, 3 most meaningful); the de-identification guard stops
 * identifiers in the texts; nobody else reaches a draft. Runs on H2 and on PostgreSQL (row-level security on).
 */
@ExtendWith(ArquillianExtension.class)
class LearningLogIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Inject
    TestData data;

    @Inject
    PlacedStudents placing;

    @Inject
    LearningLog log;

    @Inject
    Signoffs signoffs;

    @Inject
    LogCounts counts;

    @Inject
    SharedEntries sharedEntries;

    @Inject
    AsStudent asStudent;

    @Inject
    AsAttending asAttending;

    @Inject
    AsCoordinator asCoordinator;

    @Inject
    ExperienceDrafts drafts;

    @Test
    void aStudentRecordsInAndOutsideAPlacementAndFindsEntriesByFilter() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed amara = placing.place(a, "Amara Okafor", List.of(a.attending(), a.otherAttending()));

        EntryDto chestPain = asStudent.call(() -> log.record(caseEntry(amara, a.attending().id(),
                "Chest pain, ruled out ACS", "Troponin 0.01 twice; HEART score 3; discharged with stress test.")));
        assertEquals(ReviewStatus.AWAITING, chestPain.status());
        assertEquals(a.attending().fullName(), chestPain.supervisorName());
        assertEquals(amara.placementId(), chestPain.placementId());
        assertEquals(new BigDecimal("1.5"), chestPain.hours());
        EntryDto grandRounds = asStudent.call(() -> log.record(new EntryCommand(EntryKind.GRAND_ROUNDS,
                TODAY.minusDays(1), new BigDecimal("1"), "Sepsis bundles in 2026", Involvement.PERFORMED, null,
                null, "ignored for grand rounds", amara.applicationId(), a.otherAttending().id())));
        assertNull(grandRounds.involvement(), "grand rounds name no role of the student");
        assertNull(grandRounds.applied(), "only feedback records how it was applied");
        EntryDto webinar = asStudent.call(() -> log.record(new EntryCommand(EntryKind.TEACHING, TODAY.minusDays(3),
                new BigDecimal("0.75"), "ECG webinar", null, null, "Axis and bundle branch blocks.", null, null,
                null)));
        assertEquals(ReviewStatus.OUTSIDE_PLACEMENT, webinar.status(), "nobody signs an entry outside a placement");

        assertEquals(List.of(chestPain.id(), grandRounds.id(), webinar.id()), ids(LogFilter.everything()));
        assertEquals(List.of(chestPain.id()), ids(new LogFilter(EntryKind.CASE, null, false, null, null, null,
                null)));
        assertEquals(List.of(webinar.id()), ids(new LogFilter(null, null, true, null, null, null, null)));
        assertEquals(List.of(chestPain.id(), grandRounds.id()), ids(new LogFilter(null, amara.applicationId(), false,
                null, null, null, null)));
        assertEquals(List.of(grandRounds.id(), webinar.id()), ids(new LogFilter(null, null, false,
                TODAY.minusDays(5), TODAY.minusDays(1), null, null)));
        assertEquals(List.of(chestPain.id()), ids(new LogFilter(null, null, false, null, null, null, "HEART score")));
        assertEquals(List.of(), ids(new LogFilter(null, null, false, null, null, null, "%")),
                "a wildcard is taken literally");
        assertEquals(webinar.id(), asStudent.call(log::latest).orElseThrow().id(), "repeat last entry");
        LogProgress progress = asStudent.call(() -> log.progress(LogFilter.everything()));
        assertEquals(new BigDecimal("1.5"), progress.hoursPerKind().get(EntryKind.CASE));
        assertEquals(new BigDecimal("0.75"), progress.hoursPerKind().get(EntryKind.TEACHING));
        assertEquals(Map.of("Chest pain, ruled out ACS", 1L), progress.casesByTopic());
        assertEquals(3, progress.notVerified());
        assertEquals(new BigDecimal("1.5"), asStudent.call(() -> log.progress(new LogFilter(EntryKind.CASE, null, false,
                null, null, null, null))).hoursPerKind().get(EntryKind.CASE), "progress of a part of the log");
        LogSummary summary = asStudent.call(log::summary);
        assertEquals(3, summary.entries());
        assertEquals(new BigDecimal("3.25"), summary.hours(), "1.5 + 1 + 0.75 hours");
        assertEquals(2, summary.awaiting());
        assertEquals(0, summary.verified());

        InvalidInputException future = assertThrows(InvalidInputException.class, () -> asStudent.call(() ->
                log.record(new EntryCommand(EntryKind.CASE, TODAY.plusDays(2), null, "Tomorrow's case", null, null,
                        null, null, null, null))));
        assertEquals("The day cannot be in the future.", future.violations().iterator().next().getMessage());
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> log.record(caseEntry(amara,
                a.coordinator().id(), "Supervised by a coordinator?", null))), "only the placement's attendings");

        asStudent.call(() -> {
            log.remove(webinar.id());
            return null;
        });
        assertEquals(List.of(chestPain.id(), grandRounds.id()), ids(LogFilter.everything()));

        Page<ExportedEntry> exported = asStudent.call(() -> log.export(LogFilter.everything()));
        assertEquals(2, exported.total());
        ExportedEntry first = exported.rows().get(0);
        assertEquals("Chest pain, ruled out ACS", first.topic());
        assertEquals(a.hospital().name(), first.hospitalName(), "the export names the hospital");
        assertEquals(amara.externshipTitle(), first.externshipTitle());
        assertEquals(ReviewStatus.AWAITING, first.status());
        placing.signInStudent(placing.newStudent("Someone else"), "Someone else");
        assertEquals(0, asStudent.call(() -> log.export(LogFilter.everything())).total(), "only the caller's own");
    }

    @Test
    void patientIdentifiersStopTheSaveAndNothingIsStored() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed omar = placing.place(a, "Omar Farouk", List.of(a.attending()));
        EntryDto clean = asStudent.call(() -> log.record(caseEntry(omar, a.attending().id(), "Diabetic ketoacidosis",
                "Anion gap 24, insulin drip per protocol.")));

        IdentifiersFoundException found = assertThrows(IdentifiersFoundException.class, () -> asStudent.call(() ->
                log.record(caseEntry(omar, a.attending().id(), "Pneumonia",
                        "Mr. Jones, MRN 48213377, was admitted on 3/14 and his daughter's phone is 555-201-3344."))));
        assertEquals(List.of("notes"), List.copyOf(found.findingsByField().keySet()));
        String said = String.join(" ", found.findingsByField().get("notes"));
        for (String words : List.of("Mr. Jones", "48213377", "3/14", "555-201-3344")) {
            assertTrue(said.contains(words), "the finding names " + words + ": " + said);
        }
        assertEquals(List.of(clean.id()), ids(LogFilter.everything()), "nothing was stored");

        assertThrows(IdentifiersFoundException.class, () -> asStudent.call(() -> log.revise(clean.id(),
                caseEntry(omar, a.attending().id(), "Diabetic ketoacidosis in a 94-year-old", null))));
        assertEquals("Diabetic ketoacidosis", asStudent.call(() -> log.entry(clean.id())).topic(),
                "a refused edit changes nothing");
    }

    @Test
    void theSupervisorVerifiesOrReturnsAndAnEditOfAVerifiedEntryStartsANewVersion() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending(), a.otherAttending()));
        EntryDto lumbar = asStudent.call(() -> log.record(new EntryCommand(EntryKind.PROCEDURE, TODAY,
                new BigDecimal("0.5"), "Lumbar puncture", Involvement.ASSISTED, CareSetting.EMERGENCY,
                "Opening pressure measured; clear fluid.", null, lena.applicationId(), a.attending().id())));
        EntryDto feedback = asStudent.call(() -> log.record(new EntryCommand(EntryKind.FEEDBACK, TODAY, null,
                "Presentations too long", null, null, "Lead with the assessment.", "Used the one-liner on rounds.",
                lena.applicationId(), a.attending().id())));
        EntryDto forOther = asStudent.call(() -> log.record(caseEntry(lena, a.otherAttending().id(), "Cellulitis",
                null)));

        placing.signInStaff(a, a.attending());
        List<SignoffItem> waiting = asAttending.call(signoffs::awaiting);
        assertEquals(List.of(lumbar.id(), feedback.id()), waiting.stream().map(i -> i.entry().id()).toList(),
                "the attending sees what names them, not their colleague's");
        assertEquals("Lena Petrova", waiting.get(0).studentName());
        assertEquals(lena.externshipTitle(), waiting.get(0).externshipTitle());
        assertThrows(NotFoundException.class, () -> asAttending.call(() -> signoffs.verify(List.of(forOther.id()))));
        assertThrows(NotFoundException.class, () -> asAttending.call(() -> signoffs.verify(
                List.of(lumbar.id(), forOther.id()))), "all or none");
        assertEquals(1, asAttending.call(() -> signoffs.verify(List.of(lumbar.id()))));
        assertThrows(InvalidInputException.class, () -> asAttending.call(() -> {
            signoffs.sendBack(feedback.id(), "  ");
            return null;
        }), "returning says why");
        asAttending.call(() -> {
            signoffs.sendBack(feedback.id(), "Say which presentation it was.");
            return null;
        });
        assertEquals(List.of(), asAttending.call(signoffs::awaiting));
        assertThrows(NotFoundException.class, () -> asAttending.call(() -> signoffs.verify(List.of(lumbar.id()))),
                "a verified entry is not verified twice");

        placing.signInStudent(lena.student(), lena.name());
        EntryDto verified = asStudent.call(() -> log.entry(lumbar.id()));
        assertEquals(ReviewStatus.VERIFIED, verified.status());
        assertEquals(a.attending().fullName(), verified.reviewerName());
        EntryDto returned = asStudent.call(() -> log.entry(feedback.id()));
        assertEquals(ReviewStatus.RETURNED, returned.status());
        assertEquals("Say which presentation it was.", returned.reviewComment());
        assertThrows(NotAllowedException.class, () -> asStudent.call(() -> {
            log.remove(lumbar.id());
            return null;
        }), "a verified entry is part of the record");

        EntryDto edited = asStudent.call(() -> log.revise(lumbar.id(), new EntryCommand(EntryKind.PROCEDURE, TODAY,
                new BigDecimal("0.5"), "Lumbar puncture", Involvement.PERFORMED, CareSetting.EMERGENCY,
                "Performed under supervision; opening pressure measured.", null, lena.applicationId(),
                a.attending().id())));
        assertEquals(2, edited.revision());
        assertEquals(ReviewStatus.AWAITING, edited.status(), "the new version is signed again");
        EntryDto history = asStudent.call(() -> log.entry(lumbar.id()));
        assertEquals(1, history.history().size());
        EntryDto first = history.history().get(0);
        assertEquals(1, first.revision());
        assertEquals(ReviewStatus.VERIFIED, first.status());
        assertEquals(Involvement.ASSISTED, first.involvement(), "what was verified is kept as it was");
        assertEquals(a.attending().fullName(), first.reviewerName());
        assertTrue(first.reviewedAt() != null);

        placing.signInStaff(a, a.coordinator());
        PlacementLogCounts counted = asCoordinator.call(counts::perPlacement).get(lena.placementId());
        assertEquals(3, counted.entries());
        assertEquals(new BigDecimal("2"), counted.hours(), "0.5 + 1.5 hours");
        assertEquals(0, counted.verified(), "the verified version was edited: nothing verified now");
    }

    @Test
    void nobodyElseReachesAnEntryByAnyId() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        Placed amara = placing.place(a, "Amara Okafor", List.of(a.attending()));
        EntryDto entry = asStudent.call(() -> log.record(caseEntry(amara, a.attending().id(), "Heart failure",
                "Diuresed 2 L.")));

        placing.signInStudent(placing.newStudent("Another student"), "Another student");
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> log.entry(entry.id())));
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> log.revise(entry.id(),
                caseEntry(amara, a.attending().id(), "Taken over", null))));
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> {
            log.remove(entry.id());
            return null;
        }));
        assertEquals(List.of(), ids(LogFilter.everything()));
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> log.record(caseEntry(amara,
                a.attending().id(), "In someone else's placement", null))), "another student's placement");

        placing.signInStaff(b, b.attending());
        assertEquals(List.of(), asAttending.call(signoffs::awaiting));
        assertThrows(NotFoundException.class, () -> asAttending.call(() -> signoffs.verify(List.of(entry.id()))));
        placing.signInStaff(b, b.coordinator());
        assertFalse(asCoordinator.call(counts::perPlacement).containsKey(amara.placementId()));
        placing.signInStaff(a, a.coordinator());
        assertEquals(1, asCoordinator.call(counts::perPlacement).get(amara.placementId()).entries());
        assertThrows(EJBAccessException.class, () -> asCoordinator.call(signoffs::awaiting));
        assertThrows(EJBAccessException.class, () -> asCoordinator.call(() -> log.entry(entry.id())));
        placing.signInStaff(a, a.attending());
        assertThrows(EJBAccessException.class, () -> asAttending.call(() -> log.entry(entry.id())));
        placing.signInStudent(amara.student(), amara.name());
        assertThrows(EJBAccessException.class, () -> asStudent.call(signoffs::awaiting));
        assertThrows(EJBAccessException.class, () -> asStudent.call(counts::perPlacement));
    }

    @Test
    void aCoordinatorReadsOnlyTheEntriesTheStudentShares() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        Placed amara = placing.place(a, "Amara Okafor", List.of(a.attending()));
        EntryDto shared = asStudent.call(() -> log.record(caseEntry(amara, a.attending().id(), "Sepsis workup",
                "Lactate 4.1; fluids 30 mL/kg.")));
        EntryDto kept = asStudent.call(() -> log.record(caseEntry(amara, a.attending().id(), "Kept private", null)));
        EntryDto outside = asStudent.call(() -> log.record(new EntryCommand(EntryKind.TEACHING, TODAY, null,
                "Online course", null, null, null, null, null, null)));
        assertTrue(asStudent.call(() -> log.share(shared.id(), true)).isShared());
        assertThrows(NotAllowedException.class, () -> asStudent.call(() -> log.share(outside.id(), true)),
                "an entry outside any placement has no hospital to share with");

        placing.signInStaff(a, a.coordinator());
        assertEquals(List.of("Sepsis workup"), topics(amara.placementId()), "the shared entry, not the private one");
        assertEquals(1, asCoordinator.call(counts::perPlacement).get(amara.placementId()).shared());
        placing.signInStaff(b, b.coordinator());
        assertEquals(List.of(), topics(amara.placementId()), "another hospital's coordinator reads nothing");
        placing.signInStaff(a, a.attending());
        assertThrows(EJBAccessException.class, () -> asAttending.call(() -> sharedEntries.ofPlacement(
                amara.placementId())));

        placing.signInStudent(placing.newStudent("Another student"), "Another student");
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> log.share(kept.id(), true)),
                "another student cannot share someone's entry");
        placing.signInStudent(amara.student(), amara.name());
        asStudent.call(() -> log.revise(shared.id(), caseEntry(amara, a.attending().id(), "Sepsis workup, revised",
                null)));
        placing.signInStaff(a, a.coordinator());
        assertEquals(List.of("Sepsis workup, revised"), topics(amara.placementId()), "the entry as it stands");
        placing.signInStudent(amara.student(), amara.name());
        assertFalse(asStudent.call(() -> log.share(shared.id(), false)).isShared());
        placing.signInStaff(a, a.coordinator());
        assertEquals(List.of(), topics(amara.placementId()), "private again");
        assertEquals(0, asCoordinator.call(counts::perPlacement).get(amara.placementId()).shared());
    }

    @Test
    void theListShowsTheNewestEntriesUpToItsLimitAndSaysHowManyMatch() throws Exception {
        placing.signInStudent(placing.newStudent("Prolific student"), "Prolific student");
        asStudent.call(() -> {
            for (int i = 0; i <= LearningLog.LIST_LIMIT; i++) {
                log.record(new EntryCommand(EntryKind.TEACHING, TODAY.minusDays(i), null, "Session " + i, null, null,
                        null, null, null, null));
            }
            return null;
        });
        Page<EntryDto> page = asStudent.call(() -> log.mine(LogFilter.everything()));
        assertEquals(LearningLog.LIST_LIMIT, page.rows().size());
        assertEquals(LearningLog.LIST_LIMIT + 1, page.total(), "the page says how many there are");
        assertEquals("Session 0", page.rows().get(0).topic(), "the newest first");
    }

    private List<String> topics(long placementId) throws Exception {
        return asCoordinator.call(() -> sharedEntries.ofPlacement(placementId)).stream().map(EntryDto::topic).toList();
    }

    private static EntryCommand caseEntry(Placed placed, long supervisor, String topic, String notes) {
        return new EntryCommand(EntryKind.CASE, TODAY, new BigDecimal("1.5"), topic, Involvement.PRESENTED,
                CareSetting.INPATIENT, notes, null, placed.applicationId(), supervisor);
    }

    private List<Long> ids(LogFilter filter) throws Exception {
        Page<EntryDto> page = asStudent.call(() -> log.mine(filter));
        assertEquals(page.rows().size(), page.total(), "every match is shown below the list's limit");
        return page.rows().stream().map(EntryDto::id).toList();
    }

    @Test
    void aDraftFromAPlacementHasTheVerifiedFactsOnly() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed amara = placing.place(a, "Amara Okafor", List.of(a.attending()));
        EntryDto chestPain = record(amara, a, EntryKind.CASE, "Chest pain", "1.5");
        EntryDto again = record(amara, a, EntryKind.CASE, "chest pain", "1");
        EntryDto puncture = record(amara, a, EntryKind.PROCEDURE, "Lumbar puncture", "0.5");
        record(amara, a, EntryKind.CASE, "Unverified pancreatitis", "2");
        placing.signInStaff(a, a.attending());
        asAttending.call(() -> signoffs.verify(List.of(chestPain.id(), again.id(), puncture.id())));
        placing.signInStudent(amara.student(), amara.name());

        ExperienceDraftDto draft = asStudent.call(() -> drafts.draftFrom(amara.applicationId()));

        assertEquals(a.hospital().name(), draft.organization());
        assertEquals(ExperienceDrafts.POSITION_TITLE, draft.positionTitle());
        assertEquals(amara.applicationId(), draft.applicationId());
        assertEquals(ExperienceType.EDUCATION_TRAINING, draft.type());
        assertEquals(ParticipationFrequency.DAILY, draft.frequency());
        assertEquals(FocusArea.CLINICAL_TRANSLATIONAL_SCIENCE, draft.focusArea());
        LocalDate start = LocalDate.now().plusMonths(4).withDayOfMonth(1);
        assertEquals(YearMonth.from(start), draft.startMonth(), "the placement's months (PlacedStudents)");
        assertEquals(YearMonth.from(start.plusWeeks(4)), draft.endMonth());
        assertEquals(amara.externshipTitle() + ": a 4-week clinical externship at " + a.hospital().name()
                + ". Verified by my supervising attendings: 2 cases, one procedure, 3 hours in all. Conditions and "
                + "procedures included Chest pain; Lumbar puncture.", draft.description());
        assertFalse(draft.description().contains("pancreatitis"), "only what was verified");
        assertEquals(draft.description().length(), draft.descriptionCharacters());
        assertEquals(List.of(draft.id()), draftIds());
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> drafts.draftFrom(amara.applicationId() + 1)),
                "not a placement of hers");
    }

    @Test
    void theServicesLimitsHold() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed omar = placing.place(a, "Omar Farouk", List.of(a.attending()));
        ExperienceDraftDto first = asStudent.call(() -> drafts.draftFrom(omar.applicationId()));

        String lines = "x".repeat(370) + "\r\n".repeat(10) + "x".repeat(370);
        ExperienceDraftDto saved = asStudent.call(() -> drafts.save(first.id(), command(first, lines, false, null)));
        assertEquals(750, saved.descriptionCharacters(), "a line break is one, as the page counts it");
        assertEquals("x".repeat(370) + "\n".repeat(10) + "x".repeat(370), saved.description(), "stored with LF");
        InvalidInputException tooLong = assertThrows(InvalidInputException.class, () -> asStudent.call(() ->
                drafts.save(first.id(), command(first, lines + "\uD83E\uDE7A", false, null))));
        assertEquals("ERAS takes at most 750 characters here (each line break counts as one). Shorten the "
                + "description.", tooLong.violations().iterator().next().getMessage());
        assertEquals("description", tooLong.violations().iterator().next().getPropertyPath().toString()
                .replaceAll(".*\\.", ""));
        assertThrows(InvalidInputException.class, () -> asStudent.call(() ->
                drafts.save(first.id(), command(first, "Fine.", true, "r".repeat(301)))));
        assertEquals(300, asStudent.call(() -> drafts.save(first.id(), command(first, "Fine.", true,
                "r".repeat(300)))).reflectionCharacters());

        List<Long> more = new ArrayList<>();
        for (int i = 1; i < ExperienceDrafts.LIMIT; i++) {
            more.add(asStudent.call(() -> drafts.draftFrom(omar.applicationId())).id());
        }
        NotAllowedException eleventh = assertThrows(NotAllowedException.class, () -> asStudent.call(() ->
                drafts.draftFrom(omar.applicationId())));
        assertEquals("experience.limit", eleventh.messageKey());
        assertEquals(10, draftIds().size());

        asStudent.call(() -> drafts.markMostMeaningful(more.get(0), true));
        asStudent.call(() -> drafts.markMostMeaningful(more.get(1), true));
        NotAllowedException fourth = assertThrows(NotAllowedException.class, () -> asStudent.call(() ->
                drafts.markMostMeaningful(more.get(2), true)));
        assertEquals("experience.mostMeaningfulLimit", fourth.messageKey());
        assertThrows(NotAllowedException.class, () -> asStudent.call(() -> drafts.save(more.get(2),
                command(first, "Fourth most meaningful", true, null))), "saving marks it too: refused");
        assertFalse(asStudent.call(drafts::mine).stream().filter(d -> d.id() == more.get(2)).findFirst()
                .orElseThrow().mostMeaningful(), "the refused save changed nothing");
        asStudent.call(() -> drafts.markMostMeaningful(more.get(0), false));
        assertTrue(asStudent.call(() -> drafts.markMostMeaningful(more.get(2), true)).mostMeaningful());

        asStudent.call(() -> {
            drafts.delete(more.get(3));
            return null;
        });
        assertEquals(9, draftIds().size());
        asStudent.call(() -> drafts.draftFrom(omar.applicationId()));
    }

    @Test
    void theGuardStopsIdentifiersInTheTexts() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        ExperienceDraftDto draft = asStudent.call(() -> drafts.draftFrom(lena.applicationId()));

        IdentifiersFoundException found = assertThrows(IdentifiersFoundException.class, () -> asStudent.call(() ->
                drafts.save(draft.id(), command(draft, "I presented Mr. Jones, MRN 48213377, on rounds.", true,
                        "Calling his daughter at 555-201-3344 taught me a lot."))));
        assertEquals(Set.of("description", "reflection"), found.findingsByField().keySet());
        assertTrue(String.join(" ", found.findingsByField().get("description")).contains("48213377"));
        assertEquals(draft.description(), asStudent.call(drafts::mine).get(0).description(), "nothing stored");
        assertFalse(asStudent.call(drafts::mine).get(0).mostMeaningful());
    }

    @Test
    void nobodyElseReachesADraft() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed amara = placing.place(a, "Amara Okafor", List.of(a.attending()));
        ExperienceDraftDto draft = asStudent.call(() -> drafts.draftFrom(amara.applicationId()));

        placing.signInStudent(placing.newStudent("Another student"), "Another student");
        assertEquals(List.of(), draftIds());
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> drafts.save(draft.id(),
                command(draft, "Taken over", false, null))));
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> drafts.markMostMeaningful(draft.id(), true)));
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> {
            drafts.delete(draft.id());
            return null;
        }));
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> drafts.draftFrom(amara.applicationId())),
                "another student's placement");

        placing.signInStaff(a, a.attending());
        assertThrows(EJBAccessException.class, () -> asAttending.call(drafts::mine));
        placing.signInStaff(a, a.coordinator());
        assertThrows(EJBAccessException.class, () -> asCoordinator.call(drafts::mine));
        placing.signInStudent(amara.student(), amara.name());
        assertEquals(List.of(draft.id()), draftIds(), "still there for its owner");
    }

    private EntryDto record(Placed placed, StaffedHospital hospital, EntryKind kind, String topic, String hours)
            throws Exception {
        return asStudent.call(() -> log.record(new EntryCommand(kind, TODAY, new BigDecimal(hours), topic,
                kind == EntryKind.CASE ? Involvement.PRESENTED : Involvement.ASSISTED, CareSetting.INPATIENT, null,
                null, placed.applicationId(), hospital.attending().id())));
    }

    private static ExperienceCommand command(ExperienceDraftDto draft, String description, boolean mostMeaningful,
                                             String reflection) {
        return new ExperienceCommand(draft.positionTitle(), draft.organization(), draft.startMonth(),
                draft.endMonth(), draft.frequency(), "Brooklyn, NY", null, draft.type(), draft.focusArea(),
                KeyCharacteristic.COMMUNICATION, description, mostMeaningful, reflection);
    }

    private List<Long> draftIds() throws Exception {
        return asStudent.call(drafts::mine).stream().map(ExperienceDraftDto::id).toList();
    }
}

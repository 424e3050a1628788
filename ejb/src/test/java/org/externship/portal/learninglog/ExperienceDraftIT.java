package org.externship.portal.learninglog;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.externship.portal.Deployments;
import org.externship.portal.learninglog.boundary.EntryCommand;
import org.externship.portal.learninglog.boundary.EntryDto;
import org.externship.portal.learninglog.boundary.ExperienceCommand;
import org.externship.portal.learninglog.boundary.ExperienceDraftDto;
import org.externship.portal.learninglog.boundary.ExperienceDrafts;
import org.externship.portal.learninglog.boundary.IdentifiersFoundException;
import org.externship.portal.learninglog.boundary.LearningLog;
import org.externship.portal.learninglog.boundary.Signoffs;
import org.externship.portal.learninglog.entity.CareSetting;
import org.externship.portal.learninglog.entity.EntryKind;
import org.externship.portal.learninglog.entity.ExperienceType;
import org.externship.portal.learninglog.entity.FocusArea;
import org.externship.portal.learninglog.entity.Involvement;
import org.externship.portal.learninglog.entity.KeyCharacteristic;
import org.externship.portal.learninglog.entity.ParticipationFrequency;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.testing.AsAttending;
import org.externship.portal.testing.AsCoordinator;
import org.externship.portal.testing.AsStudent;
import org.externship.portal.testing.PlacedStudents;
import org.externship.portal.testing.PlacedStudents.Placed;
import org.externship.portal.testing.StaffedHospital;
import org.externship.portal.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, application material: a student drafts ERAS experiences from a placement, with the verified facts filled
 * in; the service's limits hold (750 and 300 characters as it counts them, 10 experiences, 3 most meaningful); the
 * de-identification guard stops identifiers in the texts; nobody else reaches a draft. H2 and PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class ExperienceDraftIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    public static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    TestData data;

    @Inject
    PlacedStudents placing;

    @Inject
    ExperienceDrafts drafts;

    @Inject
    LearningLog log;

    @Inject
    Signoffs signoffs;

    @Inject
    AsStudent asStudent;

    @Inject
    AsAttending asAttending;

    @Inject
    AsCoordinator asCoordinator;

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
        assertEquals(List.of(draft.id()), ids());
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
        assertEquals(10, ids().size());

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
        assertEquals(9, ids().size());
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
        assertEquals(List.of(), ids());
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
        assertEquals(List.of(draft.id()), ids(), "still there for its owner");
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

    private List<Long> ids() throws Exception {
        return asStudent.call(drafts::mine).stream().map(ExperienceDraftDto::id).toList();
    }
}

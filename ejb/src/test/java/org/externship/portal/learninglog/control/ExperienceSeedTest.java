package org.externship.portal.learninglog.control;

import org.externship.portal.learninglog.control.ExperienceSeed.Placement;
import org.externship.portal.learninglog.control.ExperienceSeed.Verified;
import org.externship.portal.learninglog.entity.EntryKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The description seeded from a placement's verified entries: facts, counts per kind, top topics, within the limit. */
class ExperienceSeedTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final Placement WARDS = new Placement("Hospital medicine", "St. Mary's Hospital", START,
            START.plusWeeks(4));

    private final ExperienceSeed seed = new ExperienceSeed();

    @Test
    void withoutVerifiedEntriesOnlyTheFacts() {
        assertEquals("Hospital medicine: a 4-week clinical externship at St. Mary's Hospital.",
                seed.description(WARDS, List.of(), 750));
    }

    @Test
    void countsPerKindHoursAndTheTopicsMetMostOften() {
        List<Verified> verified = List.of(
                new Verified(EntryKind.CASE, "Chest pain", 60),
                new Verified(EntryKind.CASE, "Heart failure", 90),
                new Verified(EntryKind.CASE, "chest pain", 30),
                new Verified(EntryKind.PROCEDURE, "Lumbar puncture", 30),
                new Verified(EntryKind.GRAND_ROUNDS, "Sepsis bundles", 60),
                new Verified(EntryKind.TEACHING, "ECG reading", null),
                new Verified(EntryKind.CASE, "Cellulitis", 30));

        assertEquals("Hospital medicine: a 4-week clinical externship at St. Mary's Hospital. Verified by my "
                + "supervising attendings: 4 cases, one procedure, one teaching session, one grand rounds, 5 hours in "
                + "all. Conditions and procedures included Chest pain; Heart failure; Lumbar puncture.",
                seed.description(WARDS, verified, 750));
    }

    @Test
    void topicsGoOneByOneWhenTheyDoNotFit() {
        List<Verified> verified = new ArrayList<>();
        for (String topic : List.of("A".repeat(200), "B".repeat(200), "C".repeat(200))) {
            verified.add(new Verified(EntryKind.CASE, topic, 60));
        }
        String text = seed.description(WARDS, verified, 750);

        assertTrue(ErasCharacterCount.of(text) <= 750, text.length() + " characters");
        assertTrue(text.contains("A".repeat(200)) && text.contains("B".repeat(200)), text);
        assertTrue(!text.contains("C".repeat(200)), "the third topic did not fit");
    }

    @Test
    void aShortLimitKeepsTheOpening() {
        String text = seed.description(WARDS, List.of(new Verified(EntryKind.CASE, "Syncope", 60)), 100);
        assertEquals("Hospital medicine: a 4-week clinical externship at St. Mary's Hospital.", text);
    }
}

package org.externship.portal.rotation.boundary;

import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.entity.PlacementProgress;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationDueTest {

    /** Four weeks, March 1 to 28: the final week opens on March 22, the evaluation is due on April 11. */
    private static final PlacementDto MARCH = new PlacementDto(1, 2, "Lena Petrova", "Wards", "St. Mary's",
            LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 28), List.of(), PlacementProgress.STARTED,
            LocalDate.of(2027, 3, 22));

    @Test
    void opensInTheFinalWeekIsDueTwoWeeksAfterTheLastDayAndIsDoneOnceSent() {
        EvaluationDue before = EvaluationDue.of(MARCH, false, LocalDate.of(2027, 3, 21));
        assertEquals(EvaluationDue.State.LATER, before.state());
        assertEquals(LocalDate.of(2027, 3, 22), before.opensOn());
        assertEquals(LocalDate.of(2027, 4, 11), before.dueBy());
        assertFalse(before.waiting(), "nothing to do yet");

        assertEquals(EvaluationDue.State.DUE, EvaluationDue.of(MARCH, false, LocalDate.of(2027, 3, 22)).state());
        assertEquals(EvaluationDue.State.DUE, EvaluationDue.of(MARCH, false, LocalDate.of(2027, 4, 11)).state(),
                "on its due date");
        assertTrue(EvaluationDue.of(MARCH, false, LocalDate.of(2027, 4, 1)).waiting());
        EvaluationDue late = EvaluationDue.of(MARCH, false, LocalDate.of(2027, 4, 12));
        assertEquals(EvaluationDue.State.OVERDUE, late.state());
        assertTrue(late.waiting(), "it may still be sent");

        for (LocalDate day : List.of(LocalDate.of(2027, 3, 25), LocalDate.of(2027, 5, 1))) {
            EvaluationDue sent = EvaluationDue.of(MARCH, true, day);
            assertEquals(EvaluationDue.State.SENT, sent.state());
            assertFalse(sent.waiting());
        }
    }
}

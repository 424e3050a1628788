package org.externship.portal.letters.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a student may ask for a letter, and how much time they leave the attending. */
class AskingRulesTest {

    /** A four-week placement, Monday March 1 to Sunday March 28, 2027. */
    private static final LocalDate LAST_DAY = LocalDate.of(2027, 3, 28);

    @Test
    void askingOpensInTheFinalWeekAndClosesAYearAfter() {
        AskingWindow window = AskingWindow.DEFAULT;
        AskingWindow.Status weekOne = window.on(LocalDate.of(2027, 3, 2), LAST_DAY);
        assertEquals(AskingWindow.State.NOT_YET, weekOne.state());
        assertEquals(LocalDate.of(2027, 3, 21), weekOne.opensOn(), "the page says when asking opens");
        assertEquals(AskingWindow.State.NOT_YET, window.on(LocalDate.of(2027, 3, 20), LAST_DAY).state());
        assertTrue(window.on(LocalDate.of(2027, 3, 21), LAST_DAY).isOpen(), "the final week");
        assertTrue(window.on(LAST_DAY, LAST_DAY).isOpen());
        assertTrue(window.on(LocalDate.of(2028, 3, 28), LAST_DAY).isOpen(), "up to 12 months after");
        AskingWindow.Status late = window.on(LocalDate.of(2028, 3, 29), LAST_DAY);
        assertEquals(AskingWindow.State.CLOSED, late.state());
        assertEquals(LocalDate.of(2028, 3, 28), late.closesAfter());
    }

    @Test
    void aHospitalSetsItsOwnWindow() {
        AskingWindow window = new AskingWindow(3, Period.ofMonths(6));
        assertFalse(window.on(LocalDate.of(2027, 3, 24), LAST_DAY).isOpen());
        assertTrue(window.on(LocalDate.of(2027, 3, 25), LAST_DAY).isOpen());
        assertFalse(window.on(LocalDate.of(2027, 9, 29), LAST_DAY).isOpen());
        assertThrows(IllegalArgumentException.class, () -> new AskingWindow(-1, Period.ZERO));
    }

    @Test
    void aDueDateLeavesTheAttendingAtLeastTheNoticePeriod() {
        NoticePeriod notice = NoticePeriod.DEFAULT;
        LocalDate asked = LocalDate.of(2027, 3, 25);
        assertEquals(LocalDate.of(2027, 4, 22), notice.earliestDue(asked));
        assertFalse(notice.isFair(asked, LocalDate.of(2027, 4, 21)), "sooner than 4 weeks is flagged");
        assertTrue(notice.isFair(asked, LocalDate.of(2027, 4, 22)));
        assertTrue(notice.isFair(asked, null), "no date asked for");
    }
}

package org.externship.portal.shared.view;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 9: a date in a message reads as the pages show dates ("Jan 31, 2027"), not as Java prints it. */
class FeedbackTest {

    @Test
    void aDateInAMessageReadsAsOnThePages() {
        Feedback feedback = new Feedback();
        feedback.formats = new Formats();
        assertEquals(List.of("Jan 31, 2027", 3, "NY"),
                List.of(feedback.inWords(LocalDate.of(2027, 1, 31), 3, "NY")));
        assertEquals("Jan 31, 2027 \u2013 Feb 28, 2027",
                feedback.formats.period(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28)));
    }
}

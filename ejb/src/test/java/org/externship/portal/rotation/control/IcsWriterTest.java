package org.externship.portal.rotation.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 5545 as the portal writes it: line ends, escaping, folding, all-day dates, stamps and UIDs. */
class IcsWriterTest {

    private static final Instant NOW = Instant.parse("2027-01-15T09:30:05Z");

    @Test
    void anAllDayEventEndsTheDayAfterItsLastDay() {
        String ics = IcsWriter.calendar("Placements", List.of(new IcsWriter.Event("u-1@externship-portal",
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 28), "Lena Petrova: Wards", null, "St. Mary's")),
                NOW);
        List<String> lines = Arrays.asList(ics.split("\r\n", -1));
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("", lines.get(lines.size() - 1), "the last line ends with CRLF too");
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 2));
        assertTrue(lines.contains("VERSION:2.0"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("PRODID:")));
        assertTrue(lines.contains("DTSTART;VALUE=DATE:20270301"));
        assertTrue(lines.contains("DTEND;VALUE=DATE:20270329"), "exclusive end");
        assertTrue(lines.contains("DTSTAMP:20270115T093005Z"));
        assertTrue(lines.contains("UID:u-1@externship-portal"));
        assertTrue(lines.contains("LOCATION:St. Mary's"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "no bare line feed");
        assertFalse(ics.replace("\r\n", "").contains("\r"), "no bare carriage return");
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("DESCRIPTION")), "no empty description");
    }

    @Test
    void textValuesAreEscaped() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf", IcsWriter.text("a\\b;c,d\ne\r\nf"));
        String ics = IcsWriter.calendar("A, B; C", List.of(), NOW);
        assertTrue(ics.contains("X-WR-CALNAME:A\\, B\\; C\r\n"));
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String summary = "Ünïcödé ".repeat(20) + "😀 end";
        String ics = IcsWriter.calendar("Placements", List.of(new IcsWriter.Event("u", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 1), summary, null, null)), NOW);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, () -> "too long: " + line);
            assertFalse(Character.isLowSurrogate(line.isEmpty() ? 'x' : line.charAt(0)));
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:" + summary + "\r\n"), "unfolding gives the text back");
        assertTrue(ics.contains("\r\n "), "it was folded");
    }
}

package org.externship.portal.rotation.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An iCalendar file (RFC 5545) of all-day events, for a person's own calendar application: CRLF line ends, text
 * values escaped (backslash, semicolon, comma, line breaks), lines folded at 75 octets without splitting a UTF-8
 * character, each event with its stable UID and the file's DTSTAMP, days as DATE values with an exclusive DTEND (the
 * day after the last). Plain Java: {@code IcsWriterTest} checks every rule.
 */
public final class IcsWriter {

    static final String CRLF = "\r\n";
    private static final int LINE_OCTETS = 75;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IcsWriter() {
    }

    /** One all-day event from {@code first} to {@code last}, both included; {@code description} may be null. */
    public record Event(String uid, LocalDate first, LocalDate last, String summary, String description,
                        String location) {
    }

    /** The calendar {@code name} with {@code events}, stamped {@code now}. */
    public static String calendar(String name, List<Event> events, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Externship Portal//Rotation calendar//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(name));
        String stamp = STAMP.format(now);
        for (Event event : events) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + event.uid());
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART;VALUE=DATE:" + DAY.format(event.first()));
            line(ics, "DTEND;VALUE=DATE:" + DAY.format(event.last().plusDays(1)));
            line(ics, "SUMMARY:" + text(event.summary()));
            if (event.description() != null && !event.description().isBlank()) {
                line(ics, "DESCRIPTION:" + text(event.description()));
            }
            if (event.location() != null && !event.location().isBlank()) {
                line(ics, "LOCATION:" + text(event.location()));
            }
            line(ics, "TRANSP:TRANSPARENT");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, every line break as {@code \n}. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n");
    }

    /**
     * Appends a content line folded to at most 75 octets a line (3.1): a longer one goes on in lines that start with
     * one space, never inside a UTF-8 character (nor a surrogate pair).
     */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int chars = Character.charCount(codePoint);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                ics.append(CRLF).append(' ');
                octets = 1;
            }
            ics.append(content, i, i + chars);
            octets += size;
            i += chars;
        }
        ics.append(CRLF);
    }
}

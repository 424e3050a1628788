package org.externship.portal.report.view;

import org.externship.portal.report.boundary.ReportRange;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.view.Feedback;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reports' range form (a GET form: {@code from} and {@code to} as a date field sends them, 2026-12-31): the days
 * as asked, kept in the fields, and what is wrong with each, in words, beside it.
 */
final class RangeForm {

    private final Feedback feedback;
    private final Map<String, String> problems = new HashMap<>();
    private String from;
    private String to;

    RangeForm(Feedback feedback, String from, String to) {
        this.feedback = feedback;
        this.from = from;
        this.to = to;
    }

    /** Whether the address asked for a range at all. */
    boolean asked() {
        return from != null || to != null;
    }

    /** The range asked for; null, with a problem on each field that is missing or cannot be read, if there is none. */
    ReportRange range() {
        LocalDate first = date("from", from, "report.fromRequired");
        LocalDate last = date("to", to, "report.toRequired");
        return first == null || last == null ? null : new ReportRange(first, last);
    }

    /** The boundary refused the range (in the wrong order or too long): said on {@code to}; the reasons, in words. */
    String refused(InvalidInputException e) {
        String reasons = e.violations().stream().map(violation -> violation.getMessage())
                .collect(Collectors.joining(" "));
        problems.put("to", reasons);
        return reasons;
    }

    /** The fields show {@code shown} (when what was asked could be shown, or nothing was). */
    void show(ReportRange shown) {
        from = shown.from().toString();
        to = shown.to().toString();
    }

    private LocalDate date(String field, String value, String missingKey) {
        if (value == null || value.isBlank()) {
            problems.put(field, feedback.text(missingKey));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, feedback.text("report.dateUnreadable"));
            return null;
        }
    }

    String problem(String field) {
        return problems.get(field);
    }

    String from() {
        return from;
    }

    String to() {
        return to;
    }
}

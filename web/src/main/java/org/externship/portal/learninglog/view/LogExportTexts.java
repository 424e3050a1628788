package org.externship.portal.learninglog.view;

import org.externship.portal.learninglog.boundary.ExportedEntry;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the learning log's exports (the log, the ERAS drafts), from the bundle; how they write days and entries. */
final class LogExportTexts {

    private static final String BUNDLE = "org.externship.portal.web.messages";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy", Locale.US);

    private final ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

    String text(String key, Object... arguments) {
        String pattern = texts.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }

    String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** "03/2027"; nothing for none. */
    String month(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    /** The label of an enum value by its bundle prefix ("frequency.DAILY"); nothing for none. */
    String label(String prefix, Enum<?> value) {
        return value == null ? "" : text(prefix + "." + value.name());
    }

    String day(Instant moment) {
        return moment == null ? "" : DAY.format(moment.atZone(ZoneId.systemDefault()));
    }

    String kind(ExportedEntry entry) {
        return text("log.kind." + entry.kind());
    }

    String part(ExportedEntry entry) {
        return entry.involvement() == null ? "" : text("log.involvement." + entry.involvement());
    }

    String setting(ExportedEntry entry) {
        return entry.setting() == null ? "" : text("log.setting." + entry.setting());
    }

    String where(ExportedEntry entry) {
        return entry.hospitalName() == null ? text("log.entry.outside")
                : entry.externshipTitle() + ", " + entry.hospitalName();
    }

    /** "Verified by Grace Adams on 03/15/2027", "Awaiting sign-off", ... */
    String mark(ExportedEntry entry) {
        return switch (entry.status()) {
            case VERIFIED -> text("log.export.verifiedBy", entry.reviewerName(), day(entry.reviewedAt()));
            case RETURNED -> text("log.export.returnedBy", entry.reviewerName(), day(entry.reviewedAt()));
            default -> text("log.status." + entry.status());
        };
    }
}

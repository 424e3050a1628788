package org.externship.portal.shared.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as pages show them ({@code #{formats.date(...)}}); blank when there is none. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.US);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withLocale(Locale.US).withZone(ZoneId.systemDefault());

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String moment(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }

    /** "Mar 2, 2027 – Mar 30, 2027". */
    public String period(LocalDate start, LocalDate end) {
        return date(start) + " \u2013 " + date(end);
    }
}

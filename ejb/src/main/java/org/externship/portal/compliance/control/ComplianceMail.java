package org.externship.portal.compliance.control;

import org.externship.portal.shared.control.MailLayout;
import org.externship.portal.shared.control.Mailer.Mail;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The onboarding e-mails, in plain text and in the portal's HTML look: something handed in to check (to the
 * coordinators), a rejection with its reason and an expiry warning (to the student). Texts in
 * {@code compliance/mails.properties}.
 */
public final class ComplianceMail {

    private static final String BUNDLE = "org.externship.portal.compliance.mails";
    private static final DateTimeFormatter DAYS = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.US);

    private final ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

    public Mail submitted(String to, String studentName, String requirement, String externshipTitle,
            LocalDate firstDay, String link) {
        return compose(to, "submitted", link, studentName, requirement, externshipTitle, DAYS.format(firstDay), link);
    }

    public Mail rejected(String to, String studentName, String requirement, String externshipTitle,
            String hospitalName, String reason, String link) {
        return compose(to, "rejected", link, studentName, requirement, externshipTitle, hospitalName, link, reason);
    }

    public Mail expiring(String to, String studentName, String requirement, String externshipTitle,
            String hospitalName, LocalDate lastDay, String link) {
        return compose(to, "expiring", link, studentName, requirement, externshipTitle, hospitalName, link,
                DAYS.format(lastDay));
    }

    /** The usual shape ({@link MailLayout#letter}): a greeting, the lead and a note, the link, the signature. */
    private Mail compose(String to, String kind, String link, Object... arguments) {
        return MailLayout.letter(to, format(kind + ".subject", arguments), format(kind + ".greeting", arguments),
                List.of(format(kind + ".lead", arguments), format(kind + ".note", arguments)),
                format(kind + ".action", arguments), link, format("signature", arguments));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), Locale.ENGLISH).format(arguments);
    }
}

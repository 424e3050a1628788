package org.externship.portal.rotation.control;

import org.externship.portal.shared.control.MailLayout;
import org.externship.portal.shared.control.Mailer.Mail;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The end of a placement's e-mails, in plain text and in the portal's HTML look: the evaluation reminder to a
 * supervising attending, and the certificate's news to the student; never anything of the student's log or letters.
 * Texts in {@code rotation/mails.properties}.
 */
public final class CompletionMail {

    private static final String BUNDLE = "org.externship.portal.rotation.mails";
    private static final DateTimeFormatter DAYS = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.US);

    private final ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

    /** Reminder {@code number} of {@code most}, to {@code to}. */
    public Mail reminder(String to, String attendingName, String studentName, String externshipTitle,
            LocalDate lastDay, LocalDate due, int number, int most, String link) {
        return compose(to, "reminder", link, attendingName, studentName, externshipTitle, DAYS.format(lastDay), link,
                number, most, DAYS.format(due));
    }

    /** The news that the placement is completed and the certificate ready, to the student at {@code to}. */
    public Mail certificate(String to, String studentName, String hospitalName, String externshipTitle,
            BigDecimal hours, String link) {
        return compose(to, "certificate", link, studentName, hospitalName, externshipTitle,
                hours.stripTrailingZeros().toPlainString(), link);
    }

    /** The usual shape ({@link MailLayout#letter}): a greeting, the lead and a note, the link, the signature. */
    private Mail compose(String to, String kind, String link, Object... arguments) {
        return MailLayout.letter(to, format(kind + ".subject", arguments), format(kind + ".greeting", arguments),
                List.of(format(kind + ".lead", arguments), format(kind + ".note", arguments)),
                format(kind + ".action", arguments), link, format("signature.portal", arguments));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), Locale.ENGLISH).format(arguments);
    }
}

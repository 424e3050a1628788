package org.externship.portal.notification.control;

import org.externship.portal.application.boundary.PlacementRearranged;
import org.externship.portal.shared.control.MailLayout;
import org.externship.portal.shared.control.Mailer.Mail;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The e-mail to a student whose placement a coordinator changed, in the usual shape ({@link MailLayout#letter}): what
 * changed, in words (the new dates, who supervises from now on), where to turn if it does not suit, a link to the
 * application, whose timeline shows the change. Texts in {@code notification/mails.properties}.
 */
final class RearrangementMail {

    private static final String BUNDLE = "org.externship.portal.notification.mails";
    private static final DateTimeFormatter DAYS = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.US);

    private final ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

    Mail compose(PlacementRearranged change, String link) {
        Object[] arguments = {change.externshipTitle(), change.hospitalName(), change.studentName(), link,
                DAYS.format(change.startDate()), DAYS.format(change.endDate()), change.attendings()};
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(format("rearranged.lead", arguments));
        if (change.what().dates()) {
            paragraphs.add(format("rearranged.dates", arguments));
        }
        if (change.what().attendings()) {
            paragraphs.add(format(change.attendings() == null ? "rearranged.noAttending" : "rearranged.attendings",
                    arguments));
        }
        paragraphs.add(format("rearranged.questions", arguments));
        return MailLayout.letter(change.studentEmail(), format("rearranged.subject." + change.what(), arguments),
                format("rearranged.greeting", arguments), paragraphs, format("rearranged.action", arguments), link,
                format("signature", arguments));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), Locale.ENGLISH).format(arguments);
    }
}

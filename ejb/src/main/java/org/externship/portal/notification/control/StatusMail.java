package org.externship.portal.notification.control;

import org.externship.portal.application.boundary.ApplicationStatusChanged;
import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.shared.control.MailLayout;
import org.externship.portal.shared.control.Mailer.Mail;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The e-mail about a status change, in plain text and in HTML with the portal's look: it begins with a sentence
 * that says what happened, gives what the reader needs to act (an offer's answer-by date and the coordinator's
 * note) and links to the exact page. Texts in {@code notification/mails.properties}; the look is
 * {@link MailLayout}'s.
 */
final class StatusMail {

    private static final String BUNDLE = "org.externship.portal.notification.mails";

    private final ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
    private final DateTimeFormatter moments;

    StatusMail(ZoneId zone) {
        moments = DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' h:mm a z", Locale.US).withZone(zone);
    }

    /** {@code audience}: "student" or "coordinators". */
    Mail compose(String to, String audience, ApplicationStatusChanged change, String link) {
        Object[] arguments = {change.externshipTitle(), change.hospitalName(), change.studentName(), link,
                texts.getString("status." + change.status())};
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(format(audience + ".lead", arguments));
        if (change.status() == ApplicationStatus.OFFERED && change.offerExpiresAt() != null) {
            paragraphs.add(format(audience + ".answerBy", moments.format(change.offerExpiresAt())));
        }
        if (change.note() != null && !change.note().isBlank()) {
            paragraphs.add(format("note", change.note().strip()));
        }
        String greeting = format(audience + ".greeting", arguments);
        String action = format(audience + ".action", arguments);
        String signature = format("signature", arguments);

        StringBuilder text = new StringBuilder(greeting).append("\n\n");
        paragraphs.forEach(p -> text.append(p).append("\n\n"));
        text.append(action).append(": ").append(link).append("\n\n").append(signature).append('\n');

        StringBuilder html = new StringBuilder(MailLayout.paragraph(greeting));
        paragraphs.forEach(p -> html.append(MailLayout.paragraph(p)));
        html.append(MailLayout.button(link, action)).append(MailLayout.muted(signature));
        return new Mail(to, format(audience + ".subject", arguments), text.toString(),
                MailLayout.page(html.toString()));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), Locale.ENGLISH).format(arguments);
    }
}

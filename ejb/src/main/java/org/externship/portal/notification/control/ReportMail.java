package org.externship.portal.notification.control;

import org.externship.portal.messaging.boundary.MessageReported;
import org.externship.portal.shared.control.MailLayout;
import org.externship.portal.shared.control.Mailer.Mail;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The e-mail that tells a hospital's coordinator a staff member reported a student's message: whose conversation
 * (the student, the staff member, the placement's externship) and a link to the reported messages, never the message
 * or its subject line (the e-mail leaves the portal's walls). Texts in {@code notification/mails.properties}.
 */
final class ReportMail {

    private static final String BUNDLE = "org.externship.portal.notification.mails";

    private final ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

    Mail compose(String to, MessageReported report, String externshipTitle, String link) {
        Object[] arguments = {report.studentName(), report.reportedBy(), externshipTitle, link};
        String greeting = format("reported.greeting", arguments);
        List<String> paragraphs = List.of(format("reported.lead", arguments), format("reported.next", arguments));
        String action = format("reported.action", arguments);
        String signature = format("signature", arguments);

        StringBuilder text = new StringBuilder(greeting).append("\n\n");
        StringBuilder html = new StringBuilder(MailLayout.paragraph(greeting));
        for (String paragraph : paragraphs) {
            text.append(paragraph).append("\n\n");
            html.append(MailLayout.paragraph(paragraph));
        }
        text.append(action).append(": ").append(link).append("\n\n").append(signature).append('\n');
        html.append(MailLayout.button(link, action)).append(MailLayout.muted(signature));
        return new Mail(to, format("reported.subject", arguments), text.toString(), MailLayout.page(html.toString()));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), Locale.ENGLISH).format(arguments);
    }
}

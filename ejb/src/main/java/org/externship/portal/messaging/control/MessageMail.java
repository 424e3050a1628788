package org.externship.portal.messaging.control;

import org.externship.portal.shared.control.MailLayout;
import org.externship.portal.shared.control.Mailer.Mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The e-mail that tells someone a message waits for them in the portal: who wrote and a link, never the message nor
 * its subject line (the e-mail leaves the portal's walls). Texts in {@code messaging/mails.properties}.
 */
public final class MessageMail {

    private static final String BUNDLE = "org.externship.portal.messaging.mails";

    private final ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

    /** {@code toStaff}: the recipient is the staff member (else the student). */
    public Mail compose(String to, boolean toStaff, String senderName, String recipientName, String link) {
        String audience = toStaff ? "toStaff" : "toStudent";
        Object[] arguments = {senderName, recipientName, link};
        String greeting = format(audience + ".greeting", arguments);
        String lead = format(audience + ".lead", arguments);
        String action = format("action", arguments);
        String signature = format("signature", arguments);
        StringBuilder text = new StringBuilder(greeting).append("\n\n").append(lead).append("\n\n");
        StringBuilder html = new StringBuilder(MailLayout.paragraph(greeting)).append(MailLayout.paragraph(lead));
        html.append(MailLayout.button(link, action));
        text.append(action).append(": ").append(link).append("\n\n");
        if (toStaff) {
            String mute = format("toStaff.mute", arguments);
            text.append(mute).append("\n\n");
            html.append(MailLayout.muted(mute));
        }
        text.append(signature).append('\n');
        html.append(MailLayout.muted(signature));
        return new Mail(to, format(audience + ".subject", arguments), text.toString(),
                MailLayout.page(html.toString()));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), Locale.ENGLISH).format(arguments);
    }
}

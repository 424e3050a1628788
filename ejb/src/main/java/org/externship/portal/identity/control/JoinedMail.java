package org.externship.portal.identity.control;

import org.externship.portal.shared.control.MailLayout;
import org.externship.portal.shared.control.Mailer.Mail;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The e-mail to someone with an account already (staff of another hospital) whom a coordinator added to their
 * hospital: no password to choose, just where to pick the hospital. Texts in {@code identity/mails.properties}.
 */
public final class JoinedMail {

    private static final String BUNDLE = "org.externship.portal.identity.mails";

    private final ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

    public Mail compose(String to, String name, String hospitalName, String link) {
        Object[] arguments = {name, hospitalName, link};
        String greeting = format("joined.greeting", arguments);
        List<String> paragraphs = List.of(format("joined.lead", arguments), format("joined.next", arguments));
        String action = format("joined.action", arguments);
        String signature = format("signature", arguments);

        StringBuilder text = new StringBuilder(greeting).append("\n\n");
        StringBuilder html = new StringBuilder(MailLayout.paragraph(greeting));
        for (String paragraph : paragraphs) {
            text.append(paragraph).append("\n\n");
            html.append(MailLayout.paragraph(paragraph));
        }
        text.append(action).append(": ").append(link).append("\n\n").append(signature).append('\n');
        html.append(MailLayout.button(link, action)).append(MailLayout.muted(signature));
        return new Mail(to, format("joined.subject", arguments), text.toString(), MailLayout.page(html.toString()));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), Locale.ENGLISH).format(arguments);
    }
}

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
        return MailLayout.letter(to, format("joined.subject", arguments), format("joined.greeting", arguments),
                List.of(format("joined.lead", arguments), format("joined.next", arguments)),
                format("joined.action", arguments), link, format("signature", arguments));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), Locale.ENGLISH).format(arguments);
    }
}

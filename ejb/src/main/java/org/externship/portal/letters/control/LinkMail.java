package org.externship.portal.letters.control;

import org.externship.portal.shared.control.MailLayout;
import org.externship.portal.shared.control.Mailer.Mail;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The e-mail that carries a letter's download link to its one recipient (issue 11): who wrote the letter, for whom
 * and for which program, until when and how often the link works, in plain text and in the portal's HTML look. The
 * letter itself never travels in an e-mail. Sent by its writer, or by the portal for a writer the hospital has
 * deactivated since the letter was complete ({@link About#byPortal}): then it says the student asked the portal to
 * send it, not that the writer did. Texts in {@code letters/mails.properties}.
 */
public final class LinkMail {

    private static final String BUNDLE = "org.externship.portal.letters.mails";

    private final ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
    private final DateTimeFormatter moments;

    public LinkMail(ZoneId zone) {
        moments = DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' h:mm a z", Locale.US).withZone(zone);
    }

    /**
     * What the recipient needs to know about the letter the link opens; {@code byPortal}: the portal sends it at the
     * student's request, its writer no longer working with the hospital through the portal.
     */
    public record About(String recipientName, String recipientEmail, String studentName, String writerName,
                        String hospitalName, String program, Instant expiresAt, int downloads, boolean byPortal) {
    }

    public Mail compose(About about, String link) {
        Object[] arguments = {about.recipientName(), about.studentName(), about.writerName(), about.hospitalName(),
                about.program(), link, moments.format(about.expiresAt()), about.downloads()};
        String greeting = format("link.greeting", arguments);
        String lead = format(about.byPortal() ? "link.lead.byPortal" : "link.lead", arguments);
        String limits = format("link.limits", arguments);
        String action = format("link.action", arguments);
        String ignore = format("link.ignore", arguments);
        String signature = format(about.byPortal() ? "signature.portal" : "signature", arguments);
        String text = greeting + "\n\n" + lead + "\n\n" + action + ": " + link + "\n\n" + limits + "\n\n" + ignore
                + "\n\n" + signature + "\n";
        String html = MailLayout.paragraph(greeting) + MailLayout.paragraph(lead) + MailLayout.button(link, action)
                + MailLayout.paragraph(limits) + MailLayout.muted(ignore) + MailLayout.muted(signature);
        return new Mail(about.recipientEmail(), format("link.subject", arguments), text, MailLayout.page(html));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), Locale.ENGLISH).format(arguments);
    }
}

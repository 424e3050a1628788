package org.externship.portal.shared.control;

import java.util.List;

/**
 * The portal's look for the HTML part of its e-mails, written once: a dark band with the portal's name, a white card
 * with the text, a teal button for the one thing to do, a grey signature. Every piece escapes the text it is given,
 * so nothing a person typed (a coordinator's note, a search's name) becomes markup.
 */
public final class MailLayout {

    private MailLayout() {
    }

    /**
     * An e-mail of the usual shape, as text and as HTML alike: a greeting, paragraphs, the one thing to do (its
     * link), the signature.
     */
    public static Mailer.Mail letter(String to, String subject, String greeting, List<String> paragraphs,
                                     String action, String link, String signature) {
        StringBuilder text = new StringBuilder(greeting).append("\n\n");
        StringBuilder html = new StringBuilder(paragraph(greeting));
        for (String paragraph : paragraphs) {
            text.append(paragraph).append("\n\n");
            html.append(paragraph(paragraph));
        }
        text.append(action).append(": ").append(link).append("\n\n").append(signature).append('\n');
        html.append(button(link, action)).append(muted(signature));
        return new Mailer.Mail(to, subject, text.toString(), page(html.toString()));
    }

    /** A whole e-mail page around {@code body} (HTML made of the pieces below). */
    public static String page(String body) {
        return "<!DOCTYPE html><html lang=\"en\"><body style=\"margin:0;"
                + "background:#f4f6f9;font-family:Arial,Helvetica,sans-serif;color:#1d2733;\">"
                + "<div style=\"background:#1f3a5f;color:#ffffff;padding:14px 24px;font-weight:bold;\">"
                + "Externship Portal</div><div style=\"max-width:560px;margin:24px auto;background:#ffffff;"
                + "border-radius:10px;padding:24px;line-height:1.5;\">" + body + "</div></body></html>";
    }

    public static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>";
    }

    /** The e-mail's main action. */
    public static String button(String link, String label) {
        return "<p><a href=\"" + escape(link) + "\" style=\"display:inline-block;background:#0f7c80;color:#ffffff;"
                + "text-decoration:none;padding:10px 18px;border-radius:6px;\">" + escape(label) + "</a></p>";
    }

    /** A plain link within the text. */
    public static String link(String link, String label) {
        return "<a href=\"" + escape(link) + "\" style=\"color:#0f5f63;\">" + escape(label) + "</a>";
    }

    /** Quieter text: the signature, a footnote. */
    public static String muted(String text) {
        return "<p style=\"color:#5b6b7d;\">" + escape(text) + "</p>";
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}

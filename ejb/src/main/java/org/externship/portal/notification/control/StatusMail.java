package org.externship.portal.notification.control;

import org.externship.portal.application.boundary.ApplicationStatusChanged;
import org.externship.portal.application.entity.ApplicationStatus;
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
 * note) and links to the exact page. Texts in {@code notification/mails.properties}.
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

        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><body style=\"margin:0;"
                + "background:#f4f6f9;font-family:Arial,Helvetica,sans-serif;color:#1d2733;\">"
                + "<div style=\"background:#1f3a5f;color:#ffffff;padding:14px 24px;font-weight:bold;\">"
                + "Externship Portal</div><div style=\"max-width:560px;margin:24px auto;background:#ffffff;"
                + "border-radius:10px;padding:24px;line-height:1.5;\">");
        html.append("<p>").append(escape(greeting)).append("</p>");
        paragraphs.forEach(p -> html.append("<p>").append(escape(p)).append("</p>"));
        html.append("<p><a href=\"").append(escape(link)).append("\" style=\"display:inline-block;background:"
                        + "#0f7c80;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:6px;\">")
                .append(escape(action)).append("</a></p>");
        html.append("<p style=\"color:#5b6b7d;\">").append(escape(signature)).append("</p></div></body></html>");
        return new Mail(to, format(audience + ".subject", arguments), text.toString(), html.toString());
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), Locale.ENGLISH).format(arguments);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}

package org.externship.portal.letters.control;

import org.externship.portal.shared.control.ReminderPlan;
import org.externship.portal.letters.entity.LetterRequest;
import org.externship.portal.letters.entity.RequestStatus;
import org.externship.portal.shared.control.MailLayout;
import org.externship.portal.shared.control.Mailer.Mail;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The letters' follow-up e-mails (issue 11), each in plain text and in the portal's HTML look: the portal's reminder
 * to the attending, a student's nudge passed on, and the news to the student when the attending answers or
 * completes the letter (a decline in the same neutral sentence the page shows). Never a letter's content. Texts in
 * {@code letters/mails.properties}.
 */
public final class FollowUpMail {

    private static final String BUNDLE = "org.externship.portal.letters.mails";
    private static final DateTimeFormatter DAYS = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.US);

    private final ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

    /** The portal's reminder number {@code number} to the attending at {@code attendingEmail}. */
    public Mail reminder(LetterRequest request, String attendingEmail, int number, String link) {
        Object[] arguments = arguments(request, link, number, null);
        return compose(attendingEmail, "reminder.subject", arguments, "reminder.greeting", "reminder.action", link,
                List.of(format("reminder.lead", arguments), format("reminder.note", arguments)));
    }

    /** The student's nudge, to the attending at {@code attendingEmail}. */
    public Mail nudge(LetterRequest request, String attendingEmail, String link) {
        Object[] arguments = arguments(request, link, 0, null);
        return compose(attendingEmail, "nudge.subject", arguments, "nudge.greeting", "nudge.action", link,
                List.of(format("nudge.lead." + request.status(), arguments), format("nudge.note", arguments)));
    }

    /** The news of an answer (accepted, declined) or of the complete letter, to the student. */
    public Mail answered(LetterRequest request, String link) {
        Object[] arguments = arguments(request, link, 0, request.suggestedName());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(format("answered.lead." + request.status(), arguments));
        if (request.status() == RequestStatus.DECLINED && request.suggestedName() != null) {
            paragraphs.add(format("answered.suggested", arguments));
        }
        return compose(request.studentEmail(), "answered.subject." + request.status(), arguments,
                "answered.greeting", "answered.action", link, paragraphs);
    }

    private Object[] arguments(LetterRequest request, String link, int number, String suggested) {
        return new Object[] {request.attendingName(), request.studentName(), request.externshipTitle(),
                request.dueDate() == null ? "" : DAYS.format(request.dueDate()), link, number, ReminderPlan.MOST,
                DAYS.format(request.askedAt().atZone(ZoneId.systemDefault())), suggested};
    }

    private Mail compose(String to, String subjectKey, Object[] arguments, String greetingKey, String actionKey,
                         String link, List<String> paragraphs) {
        String greeting = format(greetingKey, arguments);
        String action = format(actionKey, arguments);
        String signature = format("signature.portal", arguments);
        StringBuilder text = new StringBuilder(greeting).append("\n\n");
        paragraphs.forEach(p -> text.append(p).append("\n\n"));
        text.append(action).append(": ").append(link).append("\n\n").append(signature).append('\n');
        StringBuilder html = new StringBuilder(MailLayout.paragraph(greeting));
        paragraphs.forEach(p -> html.append(MailLayout.paragraph(p)));
        html.append(MailLayout.button(link, action)).append(MailLayout.muted(signature));
        return new Mail(to, format(subjectKey, arguments), text.toString(), MailLayout.page(html.toString()));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), Locale.ENGLISH).format(arguments);
    }
}

package org.externship.portal.notification.control;

import org.externship.portal.application.boundary.ApplicationStatusChanged;
import org.externship.portal.application.entity.Actor;
import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.shared.control.Mailer.Mail;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, e-mails people read: an offer's e-mail says what happened in its first sentence, names the day to answer
 * by and the coordinator's note, links to the exact page, and comes as plain text and as HTML in which nothing the
 * coordinator typed can become markup.
 */
class StatusMailTest {

    private static final String LINK = "https://portal.example/student/application.xhtml?id=42";

    @Test
    void anOfferSaysWhatHappenedUntilWhenAndWhatTheCoordinatorWrote() {
        Mail mail = new StatusMail(ZoneId.of("America/New_York")).compose("priya@students.example", "student",
                offer("We look forward to <b>meeting</b> you & your team"), LINK);

        assertEquals("Your application to Hospital medicine at St. Mary's Teaching Hospital: you are offered a seat",
                mail.subject());
        String[] lines = mail.body().split("\n");
        assertEquals("Dear Priya Raman,", lines[0]);
        assertEquals("Your application to Hospital medicine at St. Mary's Teaching Hospital has news: you are "
                + "offered a seat.", lines[2]);
        assertTrue(mail.body().contains("Please answer by January 31, 2027 at 5:00 PM EST."), mail.body());
        assertTrue(mail.body().contains("A note with it: \u201cWe look forward to <b>meeting</b> you & your team\u201d"),
                mail.body());
        assertTrue(mail.body().contains("Open your application: " + LINK), mail.body());

        assertTrue(mail.html().contains("January 31, 2027 at 5:00 PM EST"), mail.html());
        assertTrue(mail.html().contains("&lt;b&gt;meeting&lt;/b&gt; you &amp; your team"), "the note is escaped");
        assertFalse(mail.html().contains("<b>meeting</b>"), "nothing typed becomes markup");
        assertTrue(mail.html().contains("href=\"" + LINK + "\""), mail.html());
    }

    @Test
    void withoutANoteOrAnOfferTheMailSaysJustWhatHappened() {
        ApplicationStatusChanged rejected = new ApplicationStatusChanged(42, "st-marys", ApplicationStatus.UNDER_REVIEW,
                ApplicationStatus.REJECTED, Actor.COORDINATOR, Instant.now(), true, "Hospital medicine",
                "St. Mary's Teaching Hospital", "sub", "Priya Raman", "priya@students.example", null, null);
        Mail mail = new StatusMail(ZoneId.of("UTC")).compose("priya@students.example", "student", rejected, LINK);
        assertFalse(mail.body().contains("answer by"));
        assertFalse(mail.body().contains("A note"));
        assertTrue(mail.body().contains("has news: not offered a seat this time."), mail.body());
    }

    private static ApplicationStatusChanged offer(String note) {
        return new ApplicationStatusChanged(42, "st-marys", ApplicationStatus.UNDER_REVIEW, ApplicationStatus.OFFERED,
                Actor.COORDINATOR, Instant.parse("2027-01-24T15:00:00Z"), true, "Hospital medicine",
                "St. Mary's Teaching Hospital", "sub", "Priya Raman", "priya@students.example",
                Instant.parse("2027-01-31T22:00:00Z"), note);
    }
}

package org.externship.portal.letters.control;

import org.externship.portal.letters.entity.LetterRequest;
import org.externship.portal.shared.control.Mailer.Mail;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, the letters' e-mails as their readers see them: the link's recipient learns who wrote the letter for whom
 * and until when the link works (the letter never travels in the mail); the attending's reminder and the student's
 * nudge are polite and say how rare they are; the student hears of an answer, a decline in the page's neutral words,
 * with the colleague suggested; nothing a person typed becomes markup.
 */
class LetterMailsTest {

    private static final Instant ASKED = Instant.parse("2027-01-29T17:00:00Z");

    @Test
    void theLinkMailSaysWhoWroteForWhomAndUntilWhen() {
        Mail mail = new LinkMail(ZoneId.of("America/New_York")).compose(new LinkMail.About("Dr. Program Director",
                "pd@elsewhere.example", "Lena <b>Petrova</b>", "Henry Baker", "St. Mary's Teaching Hospital",
                "St. Elsewhere internal medicine", Instant.parse("2027-02-12T22:00:00Z"), 3, false),
                "https://portal.example/letter-link.xhtml?hospital=st-marys&key=abc");

        assertEquals("pd@elsewhere.example", mail.to());
        assertEquals("Letter of recommendation for Lena <b>Petrova</b> from Henry Baker", mail.subject());
        assertTrue(mail.body().startsWith("Dear Dr. Program Director,\n\nHenry Baker of St. Mary's Teaching Hospital "
                + "has sent you a letter of recommendation for Lena <b>Petrova</b>, for St. Elsewhere internal "
                + "medicine."), mail.body());
        assertTrue(mail.body().contains("works until February 12, 2027 at 5:00 PM EST and for 3 downloads"),
                mail.body());
        assertTrue(mail.body().contains("Open the letter: https://portal.example/letter-link.xhtml?hospital=st-marys"
                + "&key=abc"), mail.body());
        assertTrue(mail.html().contains("Lena &lt;b&gt;Petrova&lt;/b&gt;"), "escaped in HTML");
        assertFalse(mail.html().contains("<b>Petrova"), mail.html());
    }

    /** The portal sends the link of a writer the hospital has deactivated since: it does not claim they sent it. */
    @Test
    void aLinkThePortalSendsForItsWriterSaysTheStudentAskedForIt() {
        Mail mail = new LinkMail(ZoneId.of("America/New_York")).compose(new LinkMail.About("Dr. Program Director",
                "pd@elsewhere.example", "Lena Petrova", "Henry Baker", "St. Mary's Teaching Hospital",
                "St. Elsewhere internal medicine", Instant.parse("2027-02-12T22:00:00Z"), 3, true),
                "https://portal.example/letter-link.xhtml?hospital=st-marys&key=abc");

        assertEquals("Letter of recommendation for Lena Petrova from Henry Baker", mail.subject());
        assertTrue(mail.body().startsWith("Dear Dr. Program Director,\n\nLena Petrova asked the Externship Portal to "
                + "send you the letter of recommendation that Henry Baker of St. Mary's Teaching Hospital wrote for "
                + "them, for St. Elsewhere internal medicine."), mail.body());
        assertFalse(mail.body().contains("has sent you"), mail.body());
        assertFalse(mail.body().contains("on behalf of"), "the writer did not send it: " + mail.body());
        assertTrue(mail.body().contains("works until February 12, 2027 at 5:00 PM EST and for 3 downloads"),
                mail.body());
    }

    @Test
    void aReminderIsPoliteAndSaysHowManyMayCome() {
        LetterRequest request = request();
        request.accept(LocalDate.of(2027, 3, 1), ASKED.plusSeconds(3600), null);

        Mail mail = new FollowUpMail().reminder(request, "baker@stmarys.example", 2, "https://portal.example/l");

        assertEquals("A gentle reminder: letter of recommendation for Lena Petrova, planned by March 1, 2027",
                mail.subject());
        assertTrue(mail.body().startsWith("Dear Henry Baker,\n\nThank you again for agreeing to write a letter of "
                + "recommendation for Lena Petrova (Internal medicine clinic). You planned to finish it by March 1, "
                + "2027."), mail.body());
        assertTrue(mail.body().contains("This is reminder 2 of at most 3"), mail.body());
    }

    @Test
    void aNudgeOfAnUnansweredRequestAsksForAnAnswerKindly() {
        Mail mail = new FollowUpMail().nudge(request(), "baker@stmarys.example", "https://portal.example/l");

        assertEquals("Lena Petrova asks about the letter of recommendation", mail.subject());
        assertTrue(mail.body().contains("Lena Petrova asked you on January 29, 2027 whether you could write a letter "
                + "of recommendation (Internal medicine clinic), and would be grateful for your answer"), mail.body());
        assertTrue(mail.body().contains("at most once a week"), mail.body());
    }

    @Test
    void theStudentHearsOfADeclineInNeutralWordsWithTheColleagueSuggested() {
        LetterRequest request = request();
        request.decline(14L, "Grace Adams", ASKED.plusSeconds(60));

        Mail mail = new FollowUpMail().answered(request, "https://portal.example/student/letters.xhtml");

        assertEquals("lena@students.example", mail.to());
        assertEquals("Your letter request to Henry Baker", mail.subject());
        assertTrue(mail.body().contains("Henry Baker is unable to write a letter at this time.\n\nHenry Baker "
                + "suggests asking Grace Adams, whom you can ask right away."), mail.body());
    }

    private static LetterRequest request() {
        return new LetterRequest("lena-subject", "Lena Petrova", "lena@students.example", "st-marys",
                new LetterRequest.About(1L, 2L, "Internal medicine clinic", LocalDate.of(2027, 1, 4),
                        LocalDate.of(2027, 1, 29)),
                13L, "baker-subject", "Henry Baker", "Dear Dr. Baker, ...", null, true, LetterRequest.Packet.NONE,
                ASKED);
    }
}

package org.externship.portal.notification.control;

import org.externship.portal.messaging.boundary.MessageReported;
import org.externship.portal.shared.control.Mailer.Mail;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11: the coordinators' e-mail about a reported message names the conversation (the student, who reported it,
 * the placement) and links to the reported messages; the message itself stays in the portal (the event carries none
 * of it). Plain text and HTML, names escaped.
 */
class ReportMailTest {

    private static final String LINK = "https://portal.example/coordinator/reported-messages.xhtml";

    @Test
    void namesTheConversationAndLinksToTheReportedMessages() {
        Mail mail = new ReportMail().compose("mendes@stmarys.example",
                new MessageReported("st-marys", 7, 42, "Lena <Petrova>", "Henry Baker", Instant.EPOCH),
                "Hospital medicine", LINK);

        assertEquals("mendes@stmarys.example", mail.to());
        assertEquals("A message from Lena <Petrova> was reported to the coordinators", mail.subject());
        assertTrue(mail.body().startsWith("Hello,\n\nHenry Baker reported a message that Lena <Petrova> wrote to them "
                + "in the Externship Portal (Hospital medicine)."), mail.body());
        assertTrue(mail.body().contains("Review reported messages: " + LINK), mail.body());
        assertTrue(mail.html().contains("Lena &lt;Petrova&gt;") && !mail.html().contains("<Petrova>"),
                "names are escaped in HTML: " + mail.html());
        assertTrue(mail.html().contains(LINK), mail.html());
    }
}

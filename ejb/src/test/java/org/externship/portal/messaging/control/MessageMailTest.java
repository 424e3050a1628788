package org.externship.portal.messaging.control;

import org.externship.portal.shared.control.Mailer.Mail;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The e-mail says who wrote and links to the portal; the message never leaves the portal in it. */
class MessageMailTest {

    private static final String LINK = "https://portal.example/staff/messages.xhtml";

    @Test
    void toStaffWhoWroteALinkAndHowToMute() {
        Mail mail = new MessageMail().compose("adams@stmarys.example", true, "Lena Petrova", "Grace Adams", LINK);
        assertEquals("A message from Lena Petrova in the Externship Portal", mail.subject());
        assertTrue(mail.body().startsWith("Dear Grace Adams,"), mail.body());
        assertTrue(mail.body().contains("Open your messages: " + LINK), mail.body());
        assertTrue(mail.body().contains("mute"), mail.body());
        assertTrue(mail.html().contains(LINK), mail.html());
    }

    @Test
    void toTheStudentWhoRepliedAndALink() {
        Mail mail = new MessageMail().compose("lena@example.org", false, "Grace <Adams>", "Lena Petrova",
                "https://portal.example/student/messages.xhtml");
        assertEquals("A reply from Grace <Adams> in the Externship Portal", mail.subject());
        assertTrue(mail.html().contains("Grace &lt;Adams&gt;"), "names are escaped in HTML: " + mail.html());
    }
}

package org.externship.portal.browser;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;

import java.io.IOException;

/** The plain-text part of an e-mail the tests received, as a reader sees it. */
final class MailText {

    private MailText() {
    }

    static String of(Message message) {
        try {
            Object content = message.getContent();
            if (!(content instanceof Multipart parts)) {
                return String.valueOf(content);
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    text.append(part.getContent());
                } else if (part.getContent() instanceof Multipart nested) {
                    for (int j = 0; j < nested.getCount(); j++) {
                        if (nested.getBodyPart(j).isMimeType("text/plain")) {
                            text.append(nested.getBodyPart(j).getContent());
                        }
                    }
                }
            }
            return text.toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable e-mail", e);
        }
    }
}

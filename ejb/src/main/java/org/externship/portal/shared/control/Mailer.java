package org.externship.portal.shared.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the portal's own e-mails through the SMTP server of {@code portal.smtp.*}. Mail leaves only after the
 * transaction that caused it commits (a rolled-back change notifies nobody), on a managed thread, so a slow or
 * absent mail server never slows a page or undoes a change; a failure is logged.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "portal.smtp.host")
    String host;

    @Inject
    @ConfigProperty(name = "portal.smtp.port")
    int port;

    @Inject
    @ConfigProperty(name = "portal.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "portal.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.mail.from")
    String from;

    @Inject
    AfterTransaction afterTransaction;

    @Resource
    ManagedExecutorService executor;

    /**
     * An e-mail, sent once the current transaction has committed: the plain text, and the same in HTML (null: plain
     * text only), sent together as multipart/alternative so every mail program shows one of them.
     */
    public record Mail(String to, String subject, String body, String html) {

        public Mail(String to, String subject, String body) {
            this(to, subject, body, null);
        }
    }

    public void sendAfterCommit(Mail mail) {
        afterTransaction.onCommit("send an e-mail to " + mail.to(), () -> executor.execute(() -> send(mail)));
    }

    void send(Mail mail) {
        try {
            Message message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
            message.setSubject(mail.subject());
            if (mail.html() == null) {
                message.setText(mail.body());
            } else {
                MimeMultipart alternatives = new MimeMultipart("alternative");
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.body(), "UTF-8");
                MimeBodyPart html = new MimeBodyPart();
                html.setContent(mail.html(), "text/html; charset=UTF-8");
                alternatives.addBodyPart(text);
                alternatives.addBodyPart(html);
                message.setContent(alternatives);
            }
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "E-mail to {0} not sent: {1}", new Object[]{mail.to(), e});
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            properties.put("mail.smtp.starttls.enable", "true");
            return Session.getInstance(properties, new jakarta.mail.Authenticator() {
                @Override
                protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new jakarta.mail.PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(properties);
    }
}

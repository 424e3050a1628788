package org.externship.portal.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.externship.portal.shared.control.AfterTransaction;
import org.externship.portal.shared.control.Mailer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The portal's {@link Mailer} in the in-container tests, which also keeps what it sent: a mail counts once its
 * transaction has committed, as the portal sends it (to the test SMTP address as always). Tests ask for the mails to
 * their own hospitals' addresses, which no other test shares; the latest {@value #KEPT} are kept.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class SentMails extends Mailer {

    private static final int KEPT = 500;

    @Inject
    AfterTransaction transaction;

    private final Deque<Mail> sent = new ArrayDeque<>();

    @Override
    public void sendAfterCommit(Mail mail) {
        transaction.onCommit("keep the e-mail to " + mail.to() + " for the tests", () -> keep(mail));
        super.sendAfterCommit(mail);
    }

    /** The mails sent to {@code address} so far, oldest first. */
    public synchronized List<Mail> to(String address) {
        return sent.stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    private synchronized void keep(Mail mail) {
        sent.addLast(mail);
        if (sent.size() > KEPT) {
            sent.removeFirst();
        }
    }
}

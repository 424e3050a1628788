package org.externship.portal.shared.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work that must follow the current transaction's outcome: mail after a commit, a file removed after a rollback, a
 * Keycloak step undone. The one mechanism for it is CDI's transactional observers; this helper wraps a piece of work
 * in an event that its own observers run after the commit ({@link #onCommit}) or after the rollback
 * ({@link #onRollback}). Features whose side effects are facts of their own (an application's status changed) fire
 * that fact as an event and observe it with {@code during = AFTER_SUCCESS} directly; this is for the rest.
 *
 * <p>Without a transaction, work for a commit runs at once and work for a rollback never runs.
 */
@ApplicationScoped
public class AfterTransaction {

    private static final Logger LOG = Logger.getLogger(AfterTransaction.class.getName());

    /** A piece of work waiting for the outcome it names. */
    public record FollowUp(Runnable work, boolean afterCommit, String what) {
    }

    @Inject
    Event<FollowUp> followUps;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Runs {@code work} once the current transaction has committed; {@code what} names it in the log if it fails. */
    public void onCommit(String what, Runnable work) {
        if (inTransaction()) {
            followUps.fire(new FollowUp(work, true, what));
        } else {
            run(new FollowUp(work, true, what));
        }
    }

    /** Runs {@code work} if the current transaction rolls back. */
    public void onRollback(String what, Runnable work) {
        if (inTransaction()) {
            followUps.fire(new FollowUp(work, false, what));
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) FollowUp followUp) {
        if (followUp.afterCommit()) {
            run(followUp);
        }
    }

    void rolledBack(@Observes(during = TransactionPhase.AFTER_FAILURE) FollowUp followUp) {
        if (!followUp.afterCommit()) {
            run(followUp);
        }
    }

    private boolean inTransaction() {
        return transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    }

    private static void run(FollowUp followUp) {
        try {
            followUp.work().run();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not " + followUp.what() + " after the transaction", e);
        }
    }
}

package org.externship.portal.shared.tenancy;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.externship.portal.shared.security.CurrentUser;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Optional;

/**
 * A student reads their own applications in every hospital before entering one (row-level security's
 * {@code application_student} policy): at the first connection EclipseLink takes in a transaction, a request that acts
 * for no hospital ({@link TenantContext}) but has a signed-in user ({@link CurrentUser}) tells the database that
 * user's subject, {@code portal.student}, until the transaction ends. Requests of staff (who act for their hospital),
 * anonymous visitors and the portal's own jobs set nothing. Registered by {@link RowSecurityCustomizer}.
 */
public class StudentScope extends SessionEventAdapter {

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";
    private static final String DONE = StudentScope.class.getName();

    /*
     * Found at the first transaction and kept for the persistence unit's life (one deployment): finding them costs a
     * naming lookup and, for CDI.current(), a walk of the caller's stack, at every transaction of every request.
     */
    private volatile TransactionSynchronizationRegistry registry;
    private volatile Instance<CurrentUser> users;
    private volatile Instance<TenantContext> tenants;

    @Override
    public void postAcquireConnection(SessionEvent event) {
        if (!event.getSession().getPlatform().isPostgreSQL()) {
            return;
        }
        TransactionSynchronizationRegistry transactions = registry;
        if (transactions == null) {
            transactions = registry = registry();
        }
        if (!RowSecurity.inTransaction(transactions) || transactions.getResource(DONE) != null) {
            return;
        }
        transactions.putResource(DONE, Boolean.TRUE);
        signedInStudent().ifPresent(subject ->
                RowSecurity.set(((Accessor) event.getResult()).getConnection(), RowSecurity.STUDENT, subject));
    }

    /** The signed-in user of a request that acts for no hospital: a student (or the platform admin, who has none). */
    private Optional<String> signedInStudent() {
        try {
            if (users == null || tenants == null) {
                CDI<Object> cdi = CDI.current();
                users = cdi.select(CurrentUser.class);
                tenants = cdi.select(TenantContext.class);
            }
            CurrentUser user = users.get();
            TenantContext tenant = tenants.get();
            if (user.isKnown() && tenant.tenantId().isEmpty()) {
                return Optional.of(user.subject());
            }
            return Optional.empty();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return Optional.empty(); // no request (a timer, a managed thread): nobody's own rows
        }
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
        } catch (NamingException e) {
            throw new IllegalStateException("No transaction synchronization registry at " + REGISTRY, e);
        }
    }
}

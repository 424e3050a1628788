package org.externship.portal.shared.control;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends, per thread, so tests can prove that a page costs the same number of
 * statements whatever the amount of data (no N+1). Registered in persistence.xml; counting is one increment.
 */
public class SqlStatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<long[]> EXECUTED = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public void postExecuteCall(SessionEvent event) {
        EXECUTED.get()[0]++;
    }

    /** The statements this thread has sent so far; compare two readings. */
    public static long executedByThisThread() {
        return EXECUTED.get()[0];
    }
}

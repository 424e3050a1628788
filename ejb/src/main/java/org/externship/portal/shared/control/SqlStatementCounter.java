package org.externship.portal.shared.control;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends, per thread ({@link SqlStatements}), so tests and the benchmark can
 * prove that a page costs the same number of statements whatever the amount of data (no N+1). Registered in
 * persistence.xml; counting is one increment.
 */
public class SqlStatementCounter extends SessionEventAdapter {

    @Override
    public void postExecuteCall(SessionEvent event) {
        SqlStatements.executed();
    }
}

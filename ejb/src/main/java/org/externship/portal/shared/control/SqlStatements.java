package org.externship.portal.shared.control;

/**
 * How many SQL statements the current thread has sent, as {@link SqlStatementCounter} counts them: compare two
 * readings to know what a page or a boundary call cost. Plain Java, so the web layer can read it too.
 */
public final class SqlStatements {

    private static final ThreadLocal<long[]> EXECUTED = ThreadLocal.withInitial(() -> new long[1]);

    private SqlStatements() {
    }

    static void executed() {
        EXECUTED.get()[0]++;
    }

    /** The statements this thread has sent so far. */
    public static long byThisThread() {
        return EXECUTED.get()[0];
    }
}

package org.externship.portal.shared.tenancy;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The database's half of tenancy: PostgreSQL's row-level security (db/vendor/postgresql/V8_1) shows a transaction
 * only the rows of what it acts for, as settings on the transaction's own connection. They are transaction-local
 * ({@code set_config(..., true)}): they end with the transaction, so nothing leaks to the next user of the pooled
 * connection, and outside a transaction there is nothing to set (the database then shows only public rows).
 * H2 has no row-level security: nothing is sent there.
 */
final class RowSecurity {

    /** The hospital's alias, the {@code tenant_id} of its rows. */
    static final String HOSPITAL = "portal.hospital";
    /** The signed-in student's subject, for their own rows across hospitals. */
    static final String STUDENT = "portal.student";

    private RowSecurity() {
    }

    static boolean inTransaction(TransactionSynchronizationRegistry transactions) {
        return transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    /**
     * Enters hospital {@code alias} until the current transaction ends, and has PostgreSQL run the transaction's
     * prepared statements on their generic plans ({@code plan_cache_mode}). A hospital's statements all name its
     * {@code tenant_id}, so one plan suits every hospital; but the policies make PostgreSQL's cost model prefer a plan
     * made for each call's values, and it planned the calendar's placements anew at every call (1.5 ms, three times
     * that under load) to run them in 0.25 ms, as the generic plan does (benchmark data: every coordinator's query
     * measured ran as fast or faster on its generic plan, docs/architecture.md).
     */
    static void enterHospital(Connection connection, String alias) {
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config(?, ?, true), set_config('plan_cache_mode', 'force_generic_plan', true)")) {
            statement.setString(1, HOSPITAL);
            statement.setString(2, alias);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot enter hospital " + alias + " on the transaction's connection", e);
        }
    }

    /** Sets {@code setting} to {@code value} until the current transaction ends. */
    static void set(Connection connection, String setting, String value) {
        try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, true)")) {
            statement.setString(1, setting);
            statement.setString(2, value);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set " + setting + " on the transaction's connection", e);
        }
    }
}

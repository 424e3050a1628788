package org.externship.portal.shared.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.externship.portal.shared.control.DatabaseMigration;
import org.externship.portal.shared.entity.TenantOwned;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Puts the current transaction inside one hospital: from then on EclipseLink adds {@code tenant_id = :hospital} to
 * every read and write of a {@link TenantOwned} entity, and on PostgreSQL the transaction's connection says
 * {@code portal.hospital}, so row-level security shows and accepts only that hospital's rows whatever SQL is sent
 * (the second wall), until the transaction ends. Staff enter their own hospital through {@link TenantIsolationInterceptor}; a student's boundary
 * enters the hospital of an application it has just proven to be the student's own, or of a published externship the
 * student applies to. It is the only code that sets the tenant.
 */
@Dependent
public class HospitalScope {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    /** Call before the transaction touches any tenant-owned entity. */
    public void enter(String hospitalAlias) {
        em.setProperty(TenantOwned.TENANT_PROPERTY, hospitalAlias);
        if (rowSecured() && RowSecurity.inTransaction(transactions)
                && !hospitalAlias.equals(transactions.getResource(RowSecurity.HOSPITAL))) {
            // the transaction's connection: within a JTA transaction the container hands every user of the data source,
            // EclipseLink included (persistence.xml: exclusive connections), the one connection enlisted in it
            try (Connection connection = dataSource.getConnection()) {
                RowSecurity.enterHospital(connection, hospitalAlias);
            } catch (SQLException e) {
                throw new IllegalStateException("No connection for the hospital's row-level security", e);
            }
            transactions.putResource(RowSecurity.HOSPITAL, hospitalAlias);
        }
    }

    private boolean rowSecured() {
        return em.getEntityManagerFactory().unwrap(JpaEntityManagerFactory.class).getDatabaseSession().getPlatform()
                .isPostgreSQL();
    }
}

package org.externship.portal.shared.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.externship.portal.shared.entity.TenantOwned;

import java.sql.Connection;

/**
 * Puts the current transaction inside one hospital: from then on EclipseLink adds {@code tenant_id = :hospital} to
 * every read and write of a {@link TenantOwned} entity, and on PostgreSQL the transaction's connection says
 * {@code portal.hospital}, so row-level security shows and accepts only that hospital's rows whatever SQL is sent
 * (the second wall). Staff enter their own hospital through {@link TenantIsolationInterceptor}; a student's boundary
 * enters the hospital of an application it has just proven to be the student's own, or of a published externship the
 * student applies to. It is the only code that sets the tenant.
 */
@Dependent
public class HospitalScope {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Call before the transaction touches any tenant-owned entity. */
    public void enter(String hospitalAlias) {
        em.setProperty(TenantOwned.TENANT_PROPERTY, hospitalAlias);
        if (rowSecured() && RowSecurity.inTransaction(transactions)
                && !hospitalAlias.equals(transactions.getResource(RowSecurity.HOSPITAL))) {
            // EclipseLink's own connection for this transaction (every statement of a JTA transaction shares it)
            RowSecurity.set(em.unwrap(Connection.class), RowSecurity.HOSPITAL, hospitalAlias);
            transactions.putResource(RowSecurity.HOSPITAL, hospitalAlias);
        }
    }

    private boolean rowSecured() {
        return em.getEntityManagerFactory().unwrap(JpaEntityManagerFactory.class).getDatabaseSession().getPlatform()
                .isPostgreSQL();
    }
}

package org.externship.portal.shared.tenancy;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.shared.entity.TenantOwned;

/**
 * Puts the current transaction's persistence context inside one hospital: from then on EclipseLink adds
 * {@code tenant_id = :hospital} to every read and write of a {@link TenantOwned} entity. Staff enter their own
 * hospital through {@link TenantIsolationInterceptor}; a student's boundary enters the hospital of an application
 * it has just proven to be the student's own, or of a published externship the student applies to. It is the only
 * code that sets the tenant.
 */
@Dependent
public class HospitalScope {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Call before the transaction touches any tenant-owned entity. */
    public void enter(String hospitalAlias) {
        em.setProperty(TenantOwned.TENANT_PROPERTY, hospitalAlias);
    }
}

package org.externship.portal.tenant.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.shared.entity.TenantOwned;

/**
 * The one place where the tenant reaches the database: it runs inside the boundary's transaction, before the
 * business method, and sets the tenant on that transaction's persistence context. EclipseLink then adds the
 * tenant predicate to every query, find, update and delete of a {@link TenantOwned} entity.
 */
@TenantIsolated
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_AFTER)
public class TenantIsolationInterceptor {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TenantContext tenant;

    @AroundInvoke
    public Object isolate(InvocationContext invocation) throws Exception {
        em.setProperty(TenantOwned.TENANT_PROPERTY, tenant.requireTenant());
        return invocation.proceed();
    }
}

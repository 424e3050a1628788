package org.externship.portal.shared.tenancy;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Staff act for their own hospital: the interceptor runs inside the boundary's transaction, before the
 * business method, and enters the hospital of the request ({@link TenantContext}) through {@link HospitalScope}. EclipseLink then adds the
 * tenant predicate to every query, find, update and delete of a {@code TenantOwned} entity.
 */
@TenantIsolated
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_AFTER)
public class TenantIsolationInterceptor {

    @Inject
    HospitalScope hospital;

    @Inject
    TenantContext tenant;

    @AroundInvoke
    public Object isolate(InvocationContext invocation) throws Exception {
        hospital.enter(tenant.requireTenant());
        return invocation.proceed();
    }
}

/**
 * Tenant isolation, written once: the hospital the request acts for, the interceptor that applies it to staff
 * boundaries, and {@code HospitalScope}, the only code that sets EclipseLink's tenant on a persistence context.
 */
package org.externship.portal.shared.tenancy;

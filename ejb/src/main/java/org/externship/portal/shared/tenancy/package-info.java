/**
 * Tenant isolation, written once: the hospital the request acts for, the interceptor that applies it to staff
 * boundaries, and {@code HospitalScope}, the only code that sets EclipseLink's tenant on a persistence context. On
 * PostgreSQL it also tells the database (with {@code StudentScope}, for a student's own rows), whose row-level
 * security is the second wall: the only SQL the portal sends besides EclipseLink's and Flyway's.
 */
package org.externship.portal.shared.tenancy;

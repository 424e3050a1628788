/**
 * Hospitals, the portal's tenants: their records and public description. (The tenant of a request and its isolation
 * are the kernel's, {@code shared.tenancy}; onboarding with Keycloak is identity's.)
 */
package org.externship.portal.tenant;

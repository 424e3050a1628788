/**
 * Hospitals, the portal's tenants: their records, onboarding by the platform admin (database and Keycloak
 * organization together), and the tenant of the current request with the one mechanism that isolates tenant data.
 */
package org.externship.portal.tenant;

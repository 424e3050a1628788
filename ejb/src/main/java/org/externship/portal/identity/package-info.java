/**
 * People and their accounts: each hospital's staff directory (invited, deactivated and reactivated by its
 * coordinators), the gateway to Keycloak (where accounts, roles and hospital membership are managed), and onboarding
 * a hospital with its first coordinator. Depends on tenant.
 */
package org.externship.portal.identity;

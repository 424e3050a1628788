/**
 * People: the portal's roles, the signed-in user of the request, each hospital's staff directory, and the gateway
 * to Keycloak (where accounts, roles and hospital membership are managed).
 */
package org.externship.portal.identity;

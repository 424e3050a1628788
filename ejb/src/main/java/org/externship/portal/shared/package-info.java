/**
 * The kernel every feature may use and that uses no feature: the tenant-owned base entity and the one mechanism that
 * isolates tenant data ({@code shared.tenancy}), the roles and the signed-in user ({@code shared.security}), business
 * exceptions, work after the transaction, mail, and the database set-up (data source and Flyway migrations).
 */
package org.externship.portal.shared;

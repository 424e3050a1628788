/**
 * The kernel every feature may use and that uses no feature: the tenant-owned base entity and the one mechanism that
 * isolates tenant data ({@code shared.tenancy}), the roles and the signed-in user ({@code shared.security}), business
 * exceptions, work after the transaction, mail, the database set-up (data source and Flyway migrations), and the
 * US states an address may name ({@code shared.entity.UsState}).
 */
package org.externship.portal.shared;

/**
 * What every feature uses: the tenant-owned base entity, business exceptions, the clock, the database set-up
 * (data source and Flyway migrations).
 */
package org.externship.portal.shared;

/**
 * The Externship Portal's business core, organised by feature (tenant, identity, and later listing, application,
 * rotation, learninglog, letters); each feature has boundary (transactions), control (logic) and entity (JPA).
 */
package org.externship.portal;

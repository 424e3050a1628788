/**
 * The Externship Portal's business core, organised by feature (tenant, identity, qualification, listing, passport,
 * application, placement, notification; the kernel in shared); each feature has boundary (transactions and what
 * they answer), control (logic) and entity (JPA and value types). docs/architecture.md maps who may use whom.
 */
package org.externship.portal;

/**
 * Onboarding compliance (issue 10): what each hospital requires before a student's first day (immunisations with
 * titers, BLS, a background check, ...), for all its externships or one; each placement's checklist, handed in by the
 * student (a file, or a document of their clinical passport, reused without a new upload) and verified or rejected
 * with a reason by a coordinator; expiry warnings; the coordinator's dashboard of upcoming placements; the student's
 * checklists of all their placements at once, read across hospitals without entering any; and the start
 * gate: an observer of placement's {@code PlacementStarting} that refuses until every current requirement is verified
 * and not lapsed. Uses placement, application, passport, identity, tenant, listing and qualification.
 */
package org.externship.portal.compliance;

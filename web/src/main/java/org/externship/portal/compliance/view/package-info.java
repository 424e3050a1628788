/**
 * Onboarding compliance pages (issue 10): the coordinator's requirements, dashboard and check page, the student's
 * checklists of all their placements, the evidence download for the hospital's coordinators and the student who
 * handed it in, and how an item's standing looks on both sides.
 */
package org.externship.portal.compliance.view;

/**
 * Onboarding compliance pages (issue 10): the coordinator's requirements, dashboard and check page, the student's
 * checklist, and the evidence download for coordinators.
 */
package org.externship.portal.compliance.view;

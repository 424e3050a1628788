/**
 * The coordinator's program around placements (issue 10): attendance (the days and hours a student logs and a
 * supervising attending confirms); the calendar, compliance, evaluations and certificates join it.
 */
package org.externship.portal.rotation;

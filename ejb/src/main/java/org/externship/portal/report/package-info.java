/**
 * The coordinator's reports on their hospital (issue 10): the application funnel per externship and rotation period,
 * seat fill rates, evaluation and letter completion, hours logged. It owns no table: it reads the application,
 * listing, placement, rotation and letters features' rows with a handful of aggregate queries, and nothing uses it.
 */
package org.externship.portal.report;

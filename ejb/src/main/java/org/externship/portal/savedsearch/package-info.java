/**
 * Saved searches and their alerts: a student keeps searches of the public catalogue under a name, opens them again,
 * and may be told by e-mail, at most once a day, of the externships that newly match them. Uses listing (the
 * search, what was listed since) and passport (the student's qualifications, for "only externships I qualify
 * for").
 */
package org.externship.portal.savedsearch;

/**
 * The learning log's pages: the student's log and entry form (student/log.xhtml, student/log-entry.xhtml) and the
 * attending's sign-off (attending/signoffs.xhtml).
 */
package org.externship.portal.learninglog.view;

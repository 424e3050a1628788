/**
 * The learning log's pages: the student's log, entry form and progress (student/log.xhtml, log-entry.xhtml,
 * log-progress.xhtml), ERAS experience drafts (student/experiences.xhtml), the attending's sign-off
 * (attending/signoffs.xhtml), and the log's downloads.
 */
package org.externship.portal.learninglog.view;

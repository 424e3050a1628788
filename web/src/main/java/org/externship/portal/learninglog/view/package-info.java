/**
 * The learning log's pages: so far the student's ERAS experience drafts (student/experiences.xhtml), through the
 * {@code learninglog} boundaries.
 */
package org.externship.portal.learninglog.view;

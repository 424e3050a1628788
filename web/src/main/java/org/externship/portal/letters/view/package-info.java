/**
 * The letters feature's pages (issue 11): the student's letters and the request they write
 * ({@code student/letters.xhtml}, {@code student/ask-letter.xhtml}), the attending's answers
 * ({@code attending/letters.xhtml}) and the coordinator's letter rules ({@code coordinator/letter-rules.xhtml}).
 */
package org.externship.portal.letters.view;

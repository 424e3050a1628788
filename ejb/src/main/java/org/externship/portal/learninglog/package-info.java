/**
 * The learning log: what a student records of an externship (cases, procedures, teaching, patient stories, feedback)
 * and {@code DeidentificationGuard}, which every free text that may hold patient details passes before it is saved.
 */
package org.externship.portal.learninglog;

/**
 * The vocabulary of qualifications that listings and passports share: specialties, visa statuses, exam results,
 * ECFMG status, document types, what a host requires and what a student holds, and the one rule that measures the
 * second against the first ({@code EligibilityMatcher}).
 */
package org.externship.portal.qualification;

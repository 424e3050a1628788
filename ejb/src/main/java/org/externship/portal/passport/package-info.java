/**
 * The student's clinical passport: one profile (school, USMLE results, ECFMG and visa status, specialties) and the
 * documents with their expiry dates, reused for every application. It belongs to one student, not to a hospital.
 */
package org.externship.portal.passport;

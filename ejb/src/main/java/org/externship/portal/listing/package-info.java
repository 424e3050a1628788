/**
 * Externship postings and finding them: what a hospital requires of an extern, how a student's qualifications
 * measure up (eligibility), and the rules a posting must keep (no promise of a residency).
 */
package org.externship.portal.listing;

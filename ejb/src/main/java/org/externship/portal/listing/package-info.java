/**
 * Externship postings and finding them: the coordinator's externships and rotation periods, the listing's states
 * (draft, published, paused, closed), the public search, which periods are open for applications, and the rules a
 * posting must keep (no promise of a residency).
 */
package org.externship.portal.listing;

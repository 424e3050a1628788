package org.externship.portal.listing.boundary;

/** An externship by its title only: for lists that pick one, such as the review queue's filter. */
public record ExternshipTitle(long id, String title) {
}

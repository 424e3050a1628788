package org.externship.portal.listing.boundary;

/** How search results are ordered: soonest start, soonest application deadline, or lowest fee first. */
public enum SearchSort {
    START,
    DEADLINE,
    FEE
}

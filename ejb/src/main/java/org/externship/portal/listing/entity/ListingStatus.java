package org.externship.portal.listing.entity;

/** A posting's life: only published ones are found by students. */
public enum ListingStatus {
    DRAFT,
    PUBLISHED,
    PAUSED,
    CLOSED
}

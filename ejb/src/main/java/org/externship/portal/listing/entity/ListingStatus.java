package org.externship.portal.listing.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A posting's life, as a state machine: a draft is published (or closed unpublished); a published posting is paused
 * (hidden from students until published again) or closed; closed is final. Only published postings are found by
 * students. {@link Externship#changeStatus} refuses a move this table does not allow.
 */
public enum ListingStatus {
    DRAFT,
    PUBLISHED,
    PAUSED,
    CLOSED;

    private static final Map<ListingStatus, Set<ListingStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(PUBLISHED, CLOSED),
            PUBLISHED, EnumSet.of(PAUSED, CLOSED),
            PAUSED, EnumSet.of(PUBLISHED, CLOSED),
            CLOSED, EnumSet.noneOf(ListingStatus.class));

    /** The statuses a posting in this status may move to; empty when it is final. */
    public Set<ListingStatus> next() {
        Set<ListingStatus> next = NEXT.get(this);
        return next.isEmpty() ? EnumSet.noneOf(ListingStatus.class) : EnumSet.copyOf(next);
    }

    public boolean canMoveTo(ListingStatus next) {
        return NEXT.get(this).contains(next);
    }
}

package org.externship.portal.listing.entity;

/** What an extern does: from shadowing to supervised hands-on care. */
public enum ExternshipType {
    OBSERVATIONAL,
    HANDS_ON_CLINICAL,
    RESEARCH_HYBRID,
    COMMUNITY_SAFETY_NET
}

package org.externship.portal.compliance.entity;

/** Where one requirement of a placement stands: nothing handed in, waiting for a coordinator, verified or rejected. */
public enum ItemStatus {
    MISSING,
    SUBMITTED,
    VERIFIED,
    REJECTED
}

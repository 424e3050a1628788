package org.externship.portal.identity.entity;

/** What a member of a hospital's staff does in the portal. */
public enum StaffRole {
    COORDINATOR,
    ATTENDING
}

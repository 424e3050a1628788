package org.externship.portal.rotation.entity;

/** Where a logged day stands: waiting for a supervising attending, or confirmed by one (and locked). */
public enum AttendanceStatus {
    LOGGED,
    CONFIRMED
}

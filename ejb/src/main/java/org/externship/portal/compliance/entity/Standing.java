package org.externship.portal.compliance.entity;

import java.time.LocalDate;

/**
 * What a checklist item means on a given day, the pure rule behind the dashboard's colours, the student's warnings
 * and the start gate: verified evidence is {@link #VERIFIED} (green) until {@value #WARNING_DAYS} days before its
 * expiry, {@link #EXPIRING} (amber: still valid, the student is warned) up to and including its last valid day, and
 * {@link #LAPSED} (red) after it. Evidence not (yet) verified stands as its status says.
 */
public enum Standing {
    MISSING,
    SUBMITTED,
    REJECTED,
    VERIFIED,
    EXPIRING,
    LAPSED;

    /** Evidence expiring within this many days warns. */
    public static final int WARNING_DAYS = 30;

    /** The standing of an item with {@code status} whose evidence is valid up to {@code expiresOn} (null: always). */
    public static Standing of(ItemStatus status, LocalDate expiresOn, LocalDate today) {
        if (status == null || status == ItemStatus.MISSING) {
            return MISSING;
        }
        if (expiresOn != null && expiresOn.isBefore(today)) {
            return LAPSED;
        }
        return switch (status) {
            case SUBMITTED -> SUBMITTED;
            case REJECTED -> REJECTED;
            default -> expiresOn != null && !expiresOn.isAfter(today.plusDays(WARNING_DAYS)) ? EXPIRING : VERIFIED;
        };
    }

    /** Whether the item lets the placement start: verified and not lapsed (an expiring item still counts). */
    public boolean met() {
        return this == VERIFIED || this == EXPIRING;
    }
}

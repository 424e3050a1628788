package org.externship.portal.learninglog.entity;

/** Where a case was seen. */
public enum CareSetting {
    INPATIENT,
    OUTPATIENT,
    EMERGENCY,
    ICU,
    OPERATING_ROOM,
    COMMUNITY,
    TELEHEALTH
}

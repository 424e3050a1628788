package org.externship.portal.listing.entity;

/** Where the externship takes place. */
public enum ClinicalSetting {
    INPATIENT,
    OUTPATIENT,
    ICU,
    EMERGENCY,
    PROCEDURES
}

package org.externship.portal.qualification.entity;

/** The status under which a student would be in the US during an externship. */
public enum VisaStatus {
    US_CITIZEN,
    PERMANENT_RESIDENT,
    WORK_AUTHORIZED,
    B1,
    B2,
    J1,
    F1,
    OTHER
}
